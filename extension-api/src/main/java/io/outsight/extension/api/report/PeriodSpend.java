package io.outsight.extension.api.report;

import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.money.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a period cost: the payout under the compensation model, one-time fees falling in it,
 * adjustments to periods settled before it, and how the total was reached, line by line; the lines
 * add up to the total. A settled period's spend is the one frozen when it was settled.
 *
 * @param settled who settled the period, when, and the digest of what was frozen; null while the
 *     period is open
 */
public record PeriodSpend(
    Period period,
    Money payout,
    Money oneTimeFees,
    Money adjustments,
    Money total,
    List<PayoutLine> lines,
    Settled settled)
    implements Serializable {

  /**
   * Who settled a period and when, the SHA-256 of the spend frozen then, and whether the frozen
   * spend still matches it: an altered snapshot is shown as such, never taken for what was settled.
   */
  public record Settled(String by, Instant at, String digest, boolean intact)
      implements Serializable {

    public Settled {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(digest, "digest");
    }
  }

  public PeriodSpend {
    lines = List.copyOf(lines);
    Money sum =
        lines.stream().map(PayoutLine::amount).reduce(Money.zero(total.currency()), Money::plus);
    if (sum.compareTo(total) != 0
        || payout.plus(oneTimeFees).plus(adjustments).compareTo(total) != 0) {
      throw new IllegalArgumentException(
          "a period's spend is its payout, fees and adjustments, and its lines add up to it: "
              + period);
    }
  }

  public boolean isSettled() {
    return settled != null;
  }
}
