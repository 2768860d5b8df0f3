package io.outsight.web.home;

import io.outsight.core.vendor.VendorSearch;
import io.outsight.registry.vendor.Vendors;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The home page's figures. */
@Named
@RequestScoped
public class HomeView {

  @EJB private Vendors vendors;

  public long getVendorCount() {
    return vendors.count(VendorSearch.ALL);
  }
}
