package io.outsight.web.home;

import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorSearch;
import io.outsight.registry.assessment.DueDiligence;
import io.outsight.registry.vendor.Vendors;
import jakarta.ejb.EJB;
import io.outsight.registry.ledger.LateReport;
import io.outsight.registry.ledger.MetricLedger;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The home page's figures, and the vendors whose next assessment is overdue. */
@Named
@RequestScoped
public class HomeView {

  @EJB private Vendors vendors;

  @EJB private DueDiligence dueDiligence;

  @EJB private MetricLedger ledger;

  private List<VendorDetails> overdue;

  private List<LateReport> late;

  /** A vendor and how many of its reports are late. */
  public record LateVendor(long vendorId, String vendorName, long lateReports) {}

  public long getVendorCount() {
    return vendors.count(VendorSearch.ALL);
  }

  public List<VendorDetails> getOverdueReassessments() {
    if (overdue == null) {
      overdue = dueDiligence.overdueReassessments().stream().map(VendorDetails::of).toList();
    }
    return overdue;
  }

  public List<LateReport> getLateReports() {
    if (late == null) {
      late = ledger.lateReports(null);
    }
    return late;
  }

  /** Vendors with late reports, the most late first. */
  public List<LateVendor> getLateVendors() {
    Map<Long, List<LateReport>> byVendor = getLateReports().stream().collect(Collectors.groupingBy(LateReport::vendorId));
    return byVendor.values().stream()
        .map(reports -> new LateVendor(reports.get(0).vendorId(), reports.get(0).vendorName(), reports.size()))
        .sorted(Comparator.comparingLong(LateVendor::lateReports).reversed().thenComparing(LateVendor::vendorName))
        .toList();
  }
}
