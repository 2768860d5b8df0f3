package io.outsight.core.metric;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** What a vendor reported for one period; a metric not reported is "no data", never zero. */
public record PeriodResults(Map<ReportedMetric, BigDecimal> values) implements Serializable {

  public PeriodResults {
    values.forEach((metric, value) -> {
      if (value == null || value.signum() < 0) {
        throw new IllegalArgumentException(metric + " cannot be negative or empty");
      }
    });
    values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
  }

  public Optional<BigDecimal> value(ReportedMetric metric) {
    return Optional.ofNullable(values.get(metric));
  }
}
