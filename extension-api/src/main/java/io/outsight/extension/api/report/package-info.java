/**
 * The {@link io.outsight.extension.api.report.ReportExporter} extension point and the contract
 * success report it writes: metrics against their KPI goals period by period, what was spent, the
 * clauses, the CRM reconciliation, the cost scenario, the recommendation and the file's metadata.
 */
package io.outsight.extension.api.report;
