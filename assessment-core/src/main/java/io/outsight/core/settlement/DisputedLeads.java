package io.outsight.core.settlement;

import io.outsight.core.contract.Contract;
import io.outsight.core.ledger.LeadReturn;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.metric.ReportedMetric;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What a contract's returns do to its payouts: the leads returned within the dispute window are
 * credited against the period they were delivered in, as that period's leads returned; those
 * returned later are counted, and credited against nothing.
 */
public final class DisputedLeads {

  private DisputedLeads() {}

  /** The results with each delivery period's credited returns as its leads returned. */
  public static Map<Period, PeriodResults> credited(
      Contract contract, Map<Period, PeriodResults> results, Collection<LeadReturn> returns) {
    Map<Period, BigDecimal> credited = sum(contract, returns, true);
    if (credited.isEmpty()) {
      return results;
    }
    Map<Period, PeriodResults> withReturns = new HashMap<>(results);
    credited.forEach(
        (period, leads) -> {
          Map<String, BigDecimal> values =
              new HashMap<>(results.getOrDefault(period, PeriodResults.NONE).values());
          values.put(ReportedMetric.LEADS_RETURNED.id(), leads);
          withReturns.put(period, new PeriodResults(values));
        });
    return withReturns;
  }

  /** The leads returned after the window closed, by delivery period. */
  public static Map<Period, BigDecimal> returnedLate(
      Contract contract, Collection<LeadReturn> returns) {
    return sum(contract, returns, false);
  }

  private static Map<Period, BigDecimal> sum(
      Contract contract, Collection<LeadReturn> returns, boolean credited) {
    Map<Period, BigDecimal> sums = new HashMap<>();
    returns.stream()
        .filter(leads -> leads.credited(contract) == credited)
        .forEach(
            leads ->
                sums.merge(leads.delivery(), BigDecimal.valueOf(leads.leads()), BigDecimal::add));
    return sums;
  }
}
