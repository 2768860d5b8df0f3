package io.outsight.web.home;

import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorSearch;
import io.outsight.registry.assessment.DueDiligence;
import io.outsight.registry.vendor.Vendors;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The home page's figures, and the vendors whose next assessment is overdue. */
@Named
@RequestScoped
public class HomeView {

  @EJB private Vendors vendors;

  @EJB private DueDiligence dueDiligence;

  private List<VendorDetails> overdue;

  public long getVendorCount() {
    return vendors.count(VendorSearch.ALL);
  }

  public List<VendorDetails> getOverdueReassessments() {
    if (overdue == null) {
      overdue = dueDiligence.overdueReassessments().stream().map(VendorDetails::of).toList();
    }
    return overdue;
  }
}
