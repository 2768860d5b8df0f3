/**
 * What vendors report each period (leads, meetings, deals, revenue, leads returned) and what is
 * derived from it; every metric, built in or not, is a contribution to the {@link
 * io.outsight.extension.api.metric.MetricDefinition} extension point.
 */
package io.outsight.core.metric;
