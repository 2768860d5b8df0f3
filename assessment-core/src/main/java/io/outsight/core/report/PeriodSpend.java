package io.outsight.core.report;

import io.outsight.core.metric.Period;
import io.outsight.core.money.Money;
import java.io.Serializable;
import java.util.List;

/**
 * What a period cost: the payout under the compensation model, one-time fees falling in it, and how
 * the payout was reached.
 */
public record PeriodSpend(
    Period period, Money payout, Money oneTimeFees, Money total, List<String> explanation)
    implements Serializable {

  public PeriodSpend {
    explanation = List.copyOf(explanation);
  }
}
