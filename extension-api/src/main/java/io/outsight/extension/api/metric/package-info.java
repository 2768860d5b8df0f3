/**
 * Periods, what vendors report in them (leads, meetings, deals, revenue, leads returned) and the
 * {@link io.outsight.extension.api.metric.MetricDefinition} extension point: every metric, built in
 * or not, reported or derived, is one.
 */
package io.outsight.extension.api.metric;
