/**
 * The audit trail as a file auditors keep: every event, with its hashes, for the filter they chose.
 */
package io.outsight.reporting.audit;
