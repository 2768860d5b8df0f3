package io.outsight.extension.api.compensation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * From the {@code from}-th unit of a period on, each unit is paid {@code rate} (an amount per unit,
 * or for revenue share a percentage). Tiers are graduated: each rate applies to its band only.
 */
public record Tier(BigDecimal from, BigDecimal rate) implements Serializable {

  public Tier {
    if (from.signum() < 0 || rate.signum() < 0) {
      throw new IllegalArgumentException("a tier starts at 0 or more and pays 0 or more");
    }
  }
}
