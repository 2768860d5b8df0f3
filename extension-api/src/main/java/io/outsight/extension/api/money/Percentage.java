package io.outsight.extension.api.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/** A share in percent, e.g. a commission of 10 % or a conversion rate of 2.5 %. */
public record Percentage(BigDecimal value) implements Serializable {

  public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
  public static final Percentage HUNDRED = new Percentage(BigDecimal.valueOf(100));

  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

  public Percentage {
    Objects.requireNonNull(value, "value");
  }

  public static Percentage of(String percent) {
    return new Percentage(new BigDecimal(percent));
  }

  /** The share as a fraction: 25 % is 0.25. */
  public BigDecimal fraction() {
    return value.divide(ONE_HUNDRED, MathContext.DECIMAL64);
  }

  /** This share of the base, e.g. 10 % of 25,000 is 2,500. */
  public BigDecimal of(BigDecimal base) {
    return base.multiply(fraction());
  }

  public Percentage requireBetween(int low, int high, String what) {
    if (value.compareTo(BigDecimal.valueOf(low)) < 0
        || value.compareTo(BigDecimal.valueOf(high)) > 0) {
      throw new IllegalArgumentException(
          what + " must be between " + low + " % and " + high + " %: " + value);
    }
    return this;
  }

  @Override
  public String toString() {
    return value.stripTrailingZeros().toPlainString() + " %";
  }
}
