package io.outsight.core.reconciliation;

import io.outsight.core.metric.Period;
import io.outsight.core.metric.PeriodResults;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

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
    CrmFigures.Explanation explanation)
    implements Serializable {

  /** The same line with the difference explained. */
  public ReconciliationLine explainedBy(CrmFigures.Explanation explained) {
    return new ReconciliationLine(
        period, metric, reported, crm, difference, differencePercent, flagged, explained);
  }

  /** Whether the difference is beyond the tolerance and nobody has explained it. */
  public boolean unexplained() {
    return flagged && explanation == null;
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * A line for every metric the CRM counted in a period from {@code from} to {@code to}, oldest
   * first. A metric the vendor did not report is compared as zero: the CRM saw what the vendor did
   * not report.
   */
  public static List<ReconciliationLine> of(
      CrmFigures crm, Map<Period, PeriodResults> reported, Period from, Period to) {
    List<ReconciliationLine> lines = new ArrayList<>();
    for (Map.Entry<Period, PeriodResults> counted : new TreeMap<>(crm.counted()).entrySet()) {
      Period period = counted.getKey();
      if (period.compareTo(from) < 0 || period.compareTo(to) > 0) {
        continue;
      }
      PeriodResults vendor = reported.getOrDefault(period, PeriodResults.NONE);
      for (String metric : new TreeSet<>(counted.getValue().values().keySet())) {
        BigDecimal ours = counted.getValue().values().get(metric);
        BigDecimal theirs = vendor.value(metric).orElse(null);
        BigDecimal difference = (theirs == null ? BigDecimal.ZERO : theirs).subtract(ours);
        BigDecimal allowed = ours.abs().multiply(crm.tolerancePercent()).divide(HUNDRED);
        boolean flagged = difference.abs().compareTo(allowed) > 0;
        lines.add(
            new ReconciliationLine(
                period,
                metric,
                theirs,
                ours,
                difference,
                ours.signum() == 0
                    ? null
                    : difference.multiply(HUNDRED).divide(ours.abs(), 1, RoundingMode.HALF_UP),
                flagged,
                // an explanation speaks for a flagged difference only
                flagged ? crm.explanationOf(period, metric, difference).orElse(null) : null));
      }
    }
    return lines;
  }
}
