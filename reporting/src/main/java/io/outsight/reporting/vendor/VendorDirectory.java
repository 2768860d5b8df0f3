package io.outsight.reporting.vendor;

import io.outsight.core.access.Roles;
import io.outsight.core.vendor.VendorOrder;
import io.outsight.core.vendor.VendorSearch;
import io.outsight.core.vendor.VendorSummary;
import io.outsight.registry.vendor.Vendors;
import io.outsight.reporting.csv.CsvDialect;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Exports the vendor list as CSV, page by page, so that memory does not grow with the registry.
 * Reading only: auditors export as much as procurement does.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class VendorDirectory {

  private static final int PAGE = 500;

  @EJB private Vendors vendors;

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public void exportCsv(VendorSearch search, VendorOrder order, Locale language, Writer out) {
    try (VendorDirectoryCsv csv = new VendorDirectoryCsv(out, CsvDialect.of(language))) {
      List<VendorSummary> page;
      int first = 0;
      do {
        page = vendors.search(search, order, first, PAGE);
        page.forEach(csv::write);
        first += PAGE;
      } while (page.size() == PAGE);
    }
  }
}
