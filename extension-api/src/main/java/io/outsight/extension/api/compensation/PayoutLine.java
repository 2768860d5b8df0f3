package io.outsight.extension.api.compensation;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of how a period's payout was reached, with its share of the amount: a band of units at
 * its tier's rate, a share of revenue, the retainer, a bonus won or missed, units not paid, the
 * floor or the cap applied, a one-time fee, an adjustment to a period settled before. The lines of
 * a payout add up to it exactly; the lines that only say something (a bonus missed, no data, leads
 * returned too late) carry zero.
 *
 * @param metric the metric the line counts, where it counts one
 * @param quantity the units, revenue or value the line is about, where it has one
 * @param rate the rate per unit, the per cent of revenue, the bonus target, or the floor or cap
 * @param about the settled period an adjustment corrects
 * @param wording what a contributed model's own line is, in its words: with the kind {@link
 *     Kind#CONTRIBUTED}, and only with it
 */
public record PayoutLine(
    Kind kind,
    ReportedMetric metric,
    BigDecimal quantity,
    BigDecimal rate,
    Money amount,
    Period about,
    LocalizedText wording)
    implements Serializable {

  /** What a line is. */
  @Schema(name = "PayoutLineKind")
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
    ONE_TIME_FEE,
    /** Leads returned after the dispute window closed: recorded, not credited. */
    RETURNED_LATE,
    /**
     * What a settled period's payout comes to now, less what was settled and adjusted for it
     * before: a correction or a credited return after settlement, paid or credited in the next open
     * period.
     */
    ADJUSTMENT,
    /**
     * A step a contributed model words itself, such as a clawback for meetings that did not take
     * place; its wording says what it is, with the figures it names.
     */
    CONTRIBUTED
  }

  public PayoutLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    if ((kind == Kind.ADJUSTMENT) != (about != null)) {
      throw new IllegalArgumentException(
          "an adjustment, and only one, names the period it corrects");
    }
    if ((kind == Kind.CONTRIBUTED) != (wording != null)) {
      throw new IllegalArgumentException("a contributed line, and only one, has its own wording");
    }
  }

  public PayoutLine(
      Kind kind,
      ReportedMetric metric,
      BigDecimal quantity,
      BigDecimal rate,
      Money amount,
      Period about) {
    this(kind, metric, quantity, rate, amount, about, null);
  }

  /** A line of a contributed model, in its own words. */
  public static PayoutLine contributed(
      LocalizedText wording,
      ReportedMetric metric,
      BigDecimal quantity,
      BigDecimal rate,
      Money amount) {
    return new PayoutLine(Kind.CONTRIBUTED, metric, quantity, rate, amount, null, wording);
  }

  public PayoutLine(
      Kind kind, ReportedMetric metric, BigDecimal quantity, BigDecimal rate, Money amount) {
    this(kind, metric, quantity, rate, amount, null, null);
  }
}
