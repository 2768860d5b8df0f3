package io.outsight.core.costmodel;

import io.outsight.extension.api.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One month of one option: leads worked, deals closed, what it cost, the revenue it brought and the
 * gross profit on it, and the totals so far.
 */
public record MonthlyFigures(
    int month,
    BigDecimal leads,
    BigDecimal deals,
    Money cost,
    Money revenue,
    Money grossProfit,
    Money cumulativeCost,
    Money cumulativeRevenue,
    Money cumulativeGrossProfit)
    implements Serializable {

  /** Gross profit so far covers cost so far. */
  public boolean brokenEven() {
    return cumulativeGrossProfit.compareTo(cumulativeCost) >= 0
        && cumulativeGrossProfit.amount().signum() > 0;
  }

  /** Gross profit less cost so far. */
  public Money cumulativeNet() {
    return cumulativeGrossProfit.minus(cumulativeCost);
  }
}
