/**
 * Our own CRM against the vendor's figures: the company's CRM export read and counted per contract,
 * metric and period, and set beside what the vendor reported, so that a difference is seen.
 */
package io.outsight.core.reconciliation;
