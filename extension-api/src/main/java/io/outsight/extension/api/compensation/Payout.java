package io.outsight.extension.api.compensation;

import io.outsight.extension.api.money.Money;
import java.io.Serializable;
import java.util.List;

/**
 * What is paid for a period, and how it was reached, line by line. The lines add up to the amount
 * exactly, for every model, an extension's too: a payout whose lines do not is refused.
 */
public record Payout(Money amount, List<PayoutLine> lines) implements Serializable {

  public Payout {
    lines = List.copyOf(lines);
    Money sum =
        lines.stream().map(PayoutLine::amount).reduce(Money.zero(amount.currency()), Money::plus);
    if (sum.compareTo(amount) != 0) {
      throw new IllegalArgumentException(
          "the lines of a payout add up to it: " + sum + " is not " + amount);
    }
  }

  /** The payout its lines add up to. */
  public static Payout of(List<PayoutLine> lines, java.util.Currency currency) {
    return new Payout(
        lines.stream().map(PayoutLine::amount).reduce(Money.zero(currency), Money::plus), lines);
  }
}
