package io.outsight.core.compensation;

import io.outsight.core.metric.ReportedMetric;
import io.outsight.core.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of how a period's payout was reached, with its share of the amount: a band of units at
 * its tier's rate, a share of revenue, the retainer, a bonus won or missed, units not paid, the
 * floor or the cap applied, a one-time fee. The lines of a payout add up to it exactly; the lines
 * that only say something (a bonus missed, no data) carry zero.
 *
 * @param metric the metric the line counts, where it counts one
 * @param quantity the units, revenue or value the line is about, where it has one
 * @param rate the rate per unit, the per cent of revenue, the bonus target, or the floor or cap
 */
public record PayoutLine(
    Kind kind, ReportedMetric metric, BigDecimal quantity, BigDecimal rate, Money amount)
    implements Serializable {

  /** What a line is. */
  public enum Kind {
    /** A band of units paid at its tier's rate per unit. */
    TIER,
    /** A band of revenue paid at its tier's per cent. */
    SHARE,
    RETAINER,
    /** The metric reached the bonus target. */
    BONUS,
    /** The metric did not reach the bonus target, or was not reported: no bonus. */
    BONUS_MISSED,
    /** Units reported but not paid: leads returned or disqualified within the dispute window. */
    NOT_PAID,
    /** The metric paid for was not reported: nothing is earned by it. */
    NO_DATA,
    /** The period's payout raised to the floor. */
    FLOOR,
    /** The period's payout held to the cap. */
    CAP,
    /** A set-up fee due in the period the contract starts. */
    ONE_TIME_FEE
  }

  public PayoutLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
  }
}
