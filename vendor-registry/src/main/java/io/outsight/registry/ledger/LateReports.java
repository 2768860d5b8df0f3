package io.outsight.registry.ledger;

import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.vendor.Vendor;
import io.outsight.extension.api.metric.Period;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the reports due and not received: for the ledger's readers and the scheduled checks alike.
 */
public final class LateReports {

  private LateReports() {}

  /**
   * The reports due by {@code today} and not received for running contracts, of one vendor or of
   * all when {@code vendorId} is null. For the ledger's readers and the scheduled checks alike.
   */
  public static List<LateReport> find(EntityManager em, Long vendorId, LocalDate today) {
    String ofVendor = vendorId == null ? "" : " and c.vendorId = :vendor";
    TypedQuery<Contract> contracts =
        em.createQuery(
            "select c from Contract c where c.status in :running"
                + ofVendor
                + " order by c.reference",
            Contract.class);
    TypedQuery<Object[]> reportedPeriods =
        em.createQuery(
            "select r.contractId, r.periodStart from MetricResult r, Contract c"
                + " where c.id = r.contractId and c.status in :running"
                + ofVendor
                + " and r.supersededBy is null"
                + " group by r.contractId, r.periodStart",
            Object[].class);
    TypedQuery<Vendor> vendors =
        em.createQuery(
            "select v from Vendor v where v.id in (select c.vendorId from Contract c"
                + " where c.status in :running"
                + ofVendor
                + ")",
            Vendor.class);
    for (TypedQuery<?> query : List.of(contracts, reportedPeriods, vendors)) {
      query.setParameter("running", ContractStatus.runningStates());
      if (vendorId != null) {
        query.setParameter("vendor", vendorId);
      }
    }
    Map<Long, Set<LocalDate>> reported = new HashMap<>();
    reportedPeriods
        .getResultList()
        .forEach(
            row ->
                reported
                    .computeIfAbsent((Long) row[0], id -> new HashSet<>())
                    .add((LocalDate) row[1]));
    Map<Long, String> vendorNames =
        vendors.getResultList().stream().collect(Collectors.toMap(Vendor::id, Vendor::name));
    List<LateReport> late = new ArrayList<>();
    for (Contract contract : contracts.getResultList()) {
      int months = contract.schedule().cadence().months();
      Set<Period> periods =
          reported.getOrDefault(contract.id(), Set.of()).stream()
              .map(start -> Period.containing(start, months))
              .collect(Collectors.toSet());
      for (Period period : contract.lateReports(periods, today)) {
        late.add(
            new LateReport(
                contract.id(),
                contract.reference(),
                contract.vendorId(),
                vendorNames.get(contract.vendorId()),
                period.toString(),
                contract.schedule().dueDate(period)));
      }
    }
    return late;
  }
}
