package io.outsight.core.report;

import io.outsight.core.compensation.PayoutLine;
import io.outsight.core.metric.Period;
import io.outsight.core.money.Money;
import java.io.Serializable;
import java.util.List;

/**
 * What a period cost: the payout under the compensation model, one-time fees falling in it, and how
 * the total was reached, line by line; the lines add up to the total.
 */
public record PeriodSpend(
    Period period, Money payout, Money oneTimeFees, Money total, List<PayoutLine> lines)
    implements Serializable {

  public PeriodSpend {
    lines = List.copyOf(lines);
  }
}
