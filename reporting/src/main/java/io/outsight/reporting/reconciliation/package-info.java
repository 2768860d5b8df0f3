/** The company's CRM exports imported, to set beside what the vendors report. */
package io.outsight.reporting.reconciliation;
