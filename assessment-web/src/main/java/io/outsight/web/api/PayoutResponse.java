package io.outsight.web.api;

import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.extension.api.report.ReportDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A period's payout as the API gives it: the amounts, every line of how they were reached with its
 * text in the caller's language, and the settlement, if the period was settled. A period still
 * running ({@code running}) shows only the adjustments waiting for it: it is settled once it ends.
 */
@Schema(name = "Payout", description = "A period's spend, line by line, settled or open")
public record PayoutResponse(
    String period,
    String currency,
    BigDecimal payout,
    BigDecimal oneTimeFees,
    BigDecimal adjustments,
    BigDecimal total,
    List<Line> lines,
    Settlement settlement,
    boolean running) {

  /** A line of the payout; {@code adjusts} names the settled period an adjustment corrects. */
  @Schema(name = "PayoutLine")
  public record Line(
      PayoutLine.Kind kind,
      String metric,
      BigDecimal quantity,
      BigDecimal rate,
      BigDecimal amount,
      String adjusts,
      String text) {}

  /**
   * Who settled the period and when, the SHA-256 of the JSON frozen then, and whether the frozen
   * JSON still matches it.
   */
  @Schema(name = "Settlement")
  public record Settlement(String settledBy, Instant settledAt, String sha256, boolean intact) {}

  static PayoutResponse of(PeriodSpend spend, ReportDocument.Labels words, LocalDate today) {
    return new PayoutResponse(
        spend.period().toString(),
        spend.total().currency().getCurrencyCode(),
        spend.payout().amount(),
        spend.oneTimeFees().amount(),
        spend.adjustments().amount(),
        spend.total().amount(),
        spend.lines().stream()
            .map(
                line ->
                    new Line(
                        line.kind(),
                        line.metric() == null ? null : line.metric().id(),
                        line.quantity(),
                        line.rate(),
                        line.amount().amount(),
                        line.about() == null ? null : line.about().toString(),
                        words.payoutLine(line)))
            .toList(),
        spend.isSettled()
            ? new Settlement(
                spend.settled().by(),
                spend.settled().at(),
                spend.settled().digest(),
                spend.settled().intact())
            : null,
        !spend.period().lastDay().isBefore(today));
  }
}
