package io.outsight.core.report;

/** Where a metric went over the last three periods with data, in its target's direction. */
public enum Trend {
  IMPROVING,
  STEADY,
  WORSENING,
  NO_DATA
}
