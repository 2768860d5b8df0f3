package io.outsight.extension.api.report;

/** Whether more of a metric is better (leads, revenue) or less (cost per lead). */
public enum KpiDirection {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
