/**
 * Contract success reports: per metric and period the actual against the target, attainment, the
 * traffic light and the trend; what was paid; cost per outcome, return and the in-house
 * alternative; late reports, clauses, concentration; and the recommendation with its reasons.
 * Export formats contribute through the {@link io.outsight.extension.api.report.ReportExporter}
 * extension point.
 */
package io.outsight.core.report;
