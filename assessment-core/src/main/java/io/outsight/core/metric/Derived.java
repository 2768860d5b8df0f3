package io.outsight.core.metric;

import io.outsight.core.extension.MetricDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A built-in metric computed from a period's reported results and spend. A ratio whose parts were
 * not reported, or whose divisor is zero, is no data: nothing to compare with a target.
 */
public abstract class Derived implements MetricDefinition {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String id;
  private final String displayName;
  private final MetricUnit unit;

  protected Derived(String id, String displayName, MetricUnit unit) {
    this.id = id;
    this.displayName = displayName;
    this.unit = unit;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public String version() {
    return "1.0";
  }

  @Override
  public MetricUnit unit() {
    return unit;
  }

  @Override
  public boolean reported() {
    return false;
  }

  @Override
  public boolean lowerIsBetter() {
    return unit == MetricUnit.MONEY;
  }

  /** {@code part / whole}, as a percentage when the unit is a percentage; rounded to cents or hundredths. */
  static Optional<BigDecimal> ratio(MetricUnit unit, Optional<BigDecimal> part, Optional<BigDecimal> whole) {
    if (part.isEmpty() || whole.isEmpty() || whole.get().signum() == 0) {
      return Optional.empty();
    }
    BigDecimal dividend = unit == MetricUnit.PERCENT ? part.get().multiply(HUNDRED) : part.get();
    return Optional.of(dividend.divide(whole.get(), 2, RoundingMode.HALF_UP));
  }

  protected Optional<BigDecimal> ratio(Optional<BigDecimal> part, Optional<BigDecimal> whole) {
    return ratio(unit, part, whole);
  }
}
