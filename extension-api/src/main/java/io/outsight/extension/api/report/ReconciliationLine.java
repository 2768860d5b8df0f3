package io.outsight.extension.api.report;

import io.outsight.extension.api.metric.Period;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A metric of a period as the vendor reported it beside what our CRM counted, with the difference.
 *
 * @param reported null when the vendor reported nothing for it
 * @param differencePercent the difference in per cent of what the CRM counted; null when it counted
 *     none
 * @param flagged whether the difference is beyond the tolerance
 * @param explanation why the difference is what it is, when someone explained it; null otherwise
 */
public record ReconciliationLine(
    Period period,
    String metric,
    BigDecimal reported,
    BigDecimal crm,
    BigDecimal difference,
    BigDecimal differencePercent,
    boolean flagged,
    Explanation explanation)
    implements Serializable {

  /**
   * Why the vendor's figure for a metric of a period differs from the CRM's by {@code difference},
   * who explained it and when.
   */
  public record Explanation(
      Period period, String metric, BigDecimal difference, String reason, String by, Instant at)
      implements Serializable {}

  /** The same line with the difference explained. */
  public ReconciliationLine explainedBy(Explanation explained) {
    return new ReconciliationLine(
        period, metric, reported, crm, difference, differencePercent, flagged, explained);
  }

  /** Whether the difference is beyond the tolerance and nobody has explained it. */
  public boolean unexplained() {
    return flagged && explanation == null;
  }
}
