package io.outsight.core.costmodel;

import io.outsight.core.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One month of one option: leads worked, deals closed, what it cost and brought, and the totals so
 * far.
 */
public record MonthlyFigures(
    int month,
    BigDecimal leads,
    BigDecimal deals,
    Money cost,
    Money revenue,
    Money cumulativeCost,
    Money cumulativeRevenue)
    implements Serializable {

  /** Revenue so far covers cost so far. */
  public boolean brokenEven() {
    return cumulativeRevenue.compareTo(cumulativeCost) >= 0
        && cumulativeRevenue.amount().signum() > 0;
  }
}
