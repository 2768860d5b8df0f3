package io.outsight.reporting.dashboard;

import io.outsight.core.contract.ContractStatus;
import io.outsight.core.report.PortfolioDashboard;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.registry.assessment.ConditionDetails;
import io.outsight.registry.contract.ClauseReview;
import io.outsight.registry.contract.ContractDetails;
import io.outsight.registry.ledger.LateReport;
import io.outsight.reporting.concentration.BusinessShares;
import io.outsight.reporting.settlement.InvoiceCheck;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the home page shows of the registry, as of one change: kept for every user who opens the
 * page until the next, so nothing in it may be changed.
 *
 * @param upcoming running contracts whose term ends, or whose notice must be given, within {@value
 *     Dashboard#UPCOMING_DAYS} days
 * @param overdueReassessments approved vendors whose next assessment date has passed
 * @param invoicesToCheck invoices beyond their contract's tolerance
 * @param contradictions contracts not yet ended with a clause contradiction no one has accepted
 */
public record HomeFigures(
    long vendorCount,
    PortfolioDashboard portfolio,
    Map<ContractStatus, Long> contractsByStatus,
    List<ContractDetails> upcoming,
    List<VendorDetails> overdueReassessments,
    List<LateReport> lateReports,
    List<InvoiceCheck> invoicesToCheck,
    BusinessShares concentration,
    List<ConditionDetails> openConditions,
    List<ClauseReview> contradictions) {

  public HomeFigures {
    Map<ContractStatus, Long> byStatus = new EnumMap<>(ContractStatus.class);
    byStatus.putAll(contractsByStatus);
    contractsByStatus = Collections.unmodifiableMap(byStatus);
    upcoming = List.copyOf(upcoming);
    overdueReassessments = List.copyOf(overdueReassessments);
    lateReports = List.copyOf(lateReports);
    invoicesToCheck = List.copyOf(invoicesToCheck);
    openConditions = List.copyOf(openConditions);
    contradictions = List.copyOf(contradictions);
  }
}
