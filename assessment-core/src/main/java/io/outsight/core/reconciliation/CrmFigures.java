package io.outsight.core.reconciliation;

import io.outsight.core.metric.Period;
import io.outsight.core.metric.PeriodResults;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * What the company's CRM counted for a contract, by period and metric, and how far the vendor's
 * figures may differ from it, in per cent, before the difference is flagged.
 */
public record CrmFigures(Map<Period, PeriodResults> counted, BigDecimal tolerancePercent)
    implements Serializable {

  public static final CrmFigures NONE = new CrmFigures(Map.of(), BigDecimal.ZERO);

  public CrmFigures {
    counted = Map.copyOf(counted);
  }

  /**
   * The figures as the newest export counting each period has them: an export speaks for the whole
   * of every period it counts, so an older export's count of a metric the newer one lacks is gone.
   */
  public static CrmFigures newest(
      Collection<CrmFigure> figures, Map<Long, Instant> importedAt, BigDecimal tolerancePercent) {
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
    return new CrmFigures(results, tolerancePercent);
  }
}
