package io.outsight.extension.api.report;

import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A contract's success over a range of periods. Amounts are in the contract's currency; a figure
 * that could not be computed for want of data is null, never zero.
 *
 * @param costPerLead the spend per lead kept (created less returned)
 * @param roi revenue less spend, in per cent of spend
 * @param inHouseCost what the same periods would have cost in-house, from the cost model
 * @param reconciliation what the vendor reported beside what our CRM counted, where it counted
 * @param scenario what the linked cost scenario expected of the contract, null when none is linked
 */
public record ContractReport(
    long contractId,
    String contractReference,
    long vendorId,
    String vendorName,
    Period from,
    Period to,
    List<MetricLine> metrics,
    List<PeriodSpend> spend,
    Money totalSpend,
    Money costPerLead,
    Money costPerDeal,
    BigDecimal roi,
    Money inHouseCost,
    List<Period> lateReports,
    ClauseStatus clauses,
    Concentration concentration,
    Recommendation recommendation,
    List<ReconciliationLine> reconciliation,
    ScenarioExpectation scenario)
    implements Serializable {

  public ContractReport {
    metrics = List.copyOf(metrics);
    spend = List.copyOf(spend);
    lateReports = List.copyOf(lateReports);
    reconciliation = List.copyOf(reconciliation);
  }
}
