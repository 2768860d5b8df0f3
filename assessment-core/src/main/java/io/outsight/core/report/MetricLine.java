package io.outsight.core.report;

import io.outsight.core.contract.KpiTarget;
import java.io.Serializable;
import java.util.List;

/**
 * A targeted metric across the report's periods, with its trend over the last three periods with
 * data.
 */
public record MetricLine(KpiTarget target, List<MetricPeriod> periods, Trend trend)
    implements Serializable {

  public MetricLine {
    periods = List.copyOf(periods);
  }

  public String metricId() {
    return target.getMetricId();
  }
}
