package io.outsight.core.reconciliation;

import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.report.ReconciliationLine;
import io.outsight.extension.api.report.ReconciliationLine.Explanation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the company's CRM counted for a contract, by period and metric, how far the vendor's figures
 * may differ from it, in per cent, before the difference is flagged, and the differences explained.
 */
public record CrmFigures(
    Map<Period, PeriodResults> counted, BigDecimal tolerancePercent, List<Explanation> explanations)
    implements Serializable {

  public static final CrmFigures NONE = new CrmFigures(Map.of(), BigDecimal.ZERO, List.of());

  public CrmFigures {
    counted = Map.copyOf(counted);
    explanations = List.copyOf(explanations);
  }

  /** The latest explanation of exactly this difference of the metric in the period, if any. */
  public Optional<Explanation> explanationOf(Period period, String metric, BigDecimal difference) {
    return explanations.stream()
        .filter(
            explanation ->
                explanation.period().equals(period)
                    && explanation.metric().equals(metric)
                    && explanation.difference().compareTo(difference) == 0)
        .max(Comparator.comparing(Explanation::at));
  }

  /**
   * The figures as the newest export counting each period has them: an export speaks for the whole
   * of every period it counts, so an older export's count of a metric the newer one lacks is gone.
   */
  public static CrmFigures newest(
      Collection<CrmFigure> figures,
      Map<Long, Instant> importedAt,
      BigDecimal tolerancePercent,
      List<Explanation> explanations) {
    // by the time of the import, not its id: ids come in blocks per instance of a cluster
    Comparator<Long> byTime =
        Comparator.<Long, Instant>comparing(importedAt::get)
            .thenComparing(Comparator.naturalOrder());
    Map<Period, Long> newestImport = new HashMap<>();
    figures.forEach(
        figure ->
            newestImport.merge(
                figure.period(),
                figure.importId(),
                (one, other) -> byTime.compare(one, other) >= 0 ? one : other));
    Map<Period, Map<String, BigDecimal>> counted = new HashMap<>();
    figures.stream()
        .filter(figure -> newestImport.get(figure.period()).equals(figure.importId()))
        .forEach(
            figure ->
                counted
                    .computeIfAbsent(figure.period(), period -> new HashMap<>())
                    .put(figure.metric(), figure.figure()));
    Map<Period, PeriodResults> results = new HashMap<>();
    counted.forEach((period, metrics) -> results.put(period, new PeriodResults(metrics)));
    return new CrmFigures(results, tolerancePercent, explanations);
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * A line for every metric the CRM counted in a period from {@code from} to {@code to}, oldest
   * first. A metric the vendor did not report is compared as zero: the CRM saw what the vendor did
   * not report.
   */
  public List<ReconciliationLine> reconcile(
      Map<Period, PeriodResults> reported, Period from, Period to) {
    List<ReconciliationLine> lines = new ArrayList<>();
    for (Map.Entry<Period, PeriodResults> counted : new TreeMap<>(counted).entrySet()) {
      Period period = counted.getKey();
      if (period.compareTo(from) < 0 || period.compareTo(to) > 0) {
        continue;
      }
      PeriodResults vendor = reported.getOrDefault(period, PeriodResults.NONE);
      for (String metric : new TreeSet<>(counted.getValue().values().keySet())) {
        BigDecimal ours = counted.getValue().values().get(metric);
        BigDecimal theirs = vendor.value(metric).orElse(null);
        BigDecimal difference = (theirs == null ? BigDecimal.ZERO : theirs).subtract(ours);
        BigDecimal allowed = ours.abs().multiply(tolerancePercent).divide(HUNDRED);
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
                flagged ? explanationOf(period, metric, difference).orElse(null) : null));
      }
    }
    return lines;
  }
}
