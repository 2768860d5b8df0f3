package io.outsight.core.reconciliation;

import io.outsight.core.metric.Period;
import io.outsight.core.metric.PeriodResults;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the company's CRM counted for a contract, by period and metric, how far the vendor's figures
 * may differ from it, in per cent, before the difference is flagged, and the differences explained.
 */
public record CrmFigures(
    Map<Period, PeriodResults> counted, BigDecimal tolerancePercent, List<Explanation> explanations)
    implements Serializable {

  public static final CrmFigures NONE = new CrmFigures(Map.of(), BigDecimal.ZERO, List.of());

  /**
   * Why the vendor's figure for a metric of a period differs from the CRM's by {@code difference},
   * who explained it and when.
   */
  public record Explanation(
      Period period, String metric, BigDecimal difference, String reason, String by, Instant at)
      implements Serializable {}

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
}
