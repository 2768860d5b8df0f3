package io.outsight.extension.api.report;

import java.io.Serializable;
import java.util.List;

/**
 * A targeted metric across the report's periods, with its trend over the last three periods with
 * data.
 */
public record MetricLine(KpiGoal target, List<MetricPeriod> periods, Trend trend)
    implements Serializable {

  public MetricLine {
    periods = List.copyOf(periods);
  }

  public String metricId() {
    return target.metricId();
  }
}
