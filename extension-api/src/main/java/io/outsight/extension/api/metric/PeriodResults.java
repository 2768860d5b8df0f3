package io.outsight.extension.api.metric;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a vendor reported for one period, by metric id; a metric not reported is "no data", never
 * zero.
 */
public record PeriodResults(Map<String, BigDecimal> values) implements Serializable {

  public static final PeriodResults NONE = new PeriodResults(Map.of());

  public PeriodResults {
    values.forEach(
        (metric, value) -> {
          if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException(metric + " cannot be negative or empty");
          }
        });
    values = values.isEmpty() ? Map.of() : Map.copyOf(new TreeMap<>(values));
  }

  public Optional<BigDecimal> value(String metricId) {
    return Optional.ofNullable(values.get(metricId));
  }

  public Optional<BigDecimal> value(ReportedMetric metric) {
    return value(metric.id());
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }
}
