package io.outsight.extension.api.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a metric went over the last three periods with data, in its target's direction. */
@Schema(name = "MetricTrend")
public enum Trend {
  IMPROVING,
  STEADY,
  WORSENING,
  NO_DATA
}
