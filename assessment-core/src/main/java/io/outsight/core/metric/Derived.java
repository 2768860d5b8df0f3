package io.outsight.core.metric;

import io.outsight.extension.api.metric.MetricUnit;
import io.outsight.extension.api.metric.PeriodOutcome;
import io.outsight.extension.api.metric.ReportedMetric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A built-in metric computed from a period's reported results and spend. A ratio whose parts were
 * not reported, or whose divisor is zero, is no data: nothing to compare with a target.
 */
public abstract class Derived extends BuiltInMetric {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  protected Derived(String id, String displayName, MetricUnit unit) {
    super(id, displayName, unit);
  }

  @Override
  public boolean reported() {
    return false;
  }

  @Override
  public boolean lowerIsBetter() {
    return unit() == MetricUnit.MONEY;
  }

  /**
   * {@code part / whole}, as a percentage when the unit is a percentage; rounded to cents or
   * hundredths.
   */
  protected Optional<BigDecimal> ratio(Optional<BigDecimal> part, Optional<BigDecimal> whole) {
    if (part.isEmpty() || whole.isEmpty() || whole.get().signum() == 0) {
      return Optional.empty();
    }
    BigDecimal dividend = unit() == MetricUnit.PERCENT ? part.get().multiply(HUNDRED) : part.get();
    return Optional.of(dividend.divide(whole.get(), 2, RoundingMode.HALF_UP));
  }

  /** One reported metric as a percentage of another earlier in the funnel. */
  abstract static class Conversion extends Derived {

    private final ReportedMetric converted;
    private final ReportedMetric from;

    Conversion(String id, String displayName, ReportedMetric converted, ReportedMetric from) {
      super(id, displayName, MetricUnit.PERCENT);
      this.converted = converted;
      this.from = from;
    }

    @Override
    public Optional<BigDecimal> valueIn(PeriodOutcome outcome) {
      return ratio(outcome.results().value(converted), outcome.results().value(from));
    }
  }
}
