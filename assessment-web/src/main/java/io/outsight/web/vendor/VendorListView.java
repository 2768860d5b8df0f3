package io.outsight.web.vendor;

import io.outsight.core.vendor.ServiceOffering;
import io.outsight.core.vendor.VendorOrder;
import io.outsight.core.vendor.VendorSearch;
import io.outsight.core.vendor.VendorStatus;
import io.outsight.core.vendor.VendorSummary;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.vendor.Vendors;
import io.outsight.reporting.vendor.VendorDirectory;
import io.outsight.web.faces.Downloads;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The vendor list: a lazy table whose paging, sorting and filtering the registry does in SQL, and
 * its export as CSV with the filters and order the user sees.
 */
@Named
@ViewScoped
public class VendorListView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, VendorOrder.Key> SORT_KEYS =
      Map.of(
          "name", VendorOrder.Key.NAME,
          "businessId", VendorOrder.Key.BUSINESS_ID,
          "country", VendorOrder.Key.COUNTRY,
          "status", VendorOrder.Key.STATUS,
          "registeredAt", VendorOrder.Key.REGISTERED_AT);

  @EJB private Vendors vendors;

  @EJB private VendorDirectory directory;

  @Inject private PortalClock clock;

  private LazyDataModel<VendorSummary> model;

  private VendorSearch shownSearch = VendorSearch.ALL;

  private VendorOrder shownOrder = VendorOrder.BY_NAME;

  @PostConstruct
  void init() {
    model = new VendorPage();
  }

  public LazyDataModel<VendorSummary> getVendors() {
    return model;
  }

  public ServiceOffering[] getServiceOfferings() {
    return ServiceOffering.values();
  }

  public VendorStatus[] getStatuses() {
    return VendorStatus.values();
  }

  /** Streams the vendors the table shows, all pages of them, as a CSV download. */
  public void exportCsv() throws IOException {
    Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Downloads.sendCsv(
        "vendors-" + clock.today() + ".csv",
        out -> directory.exportCsv(shownSearch, shownOrder, language, out));
  }

  /** Services in their declared order, so that every row lists them alike. */
  public List<ServiceOffering> sorted(Collection<ServiceOffering> services) {
    return services.stream().sorted().toList();
  }

  private static VendorSearch searchFrom(Map<String, FilterMeta> filters) {
    return new VendorSearch(
        text(filters, "name"),
        text(filters, "businessId"),
        text(filters, "country"),
        constant(ServiceOffering.class, text(filters, "services")),
        constant(VendorStatus.class, text(filters, "status")));
  }

  private static VendorOrder orderFrom(Map<String, SortMeta> sorts) {
    return sorts.values().stream()
        .filter(
            sort -> SORT_KEYS.containsKey(sort.getField()) && sort.getOrder() != SortOrder.UNSORTED)
        .findFirst()
        .map(sort -> new VendorOrder(SORT_KEYS.get(sort.getField()), sort.getOrder().isAscending()))
        .orElse(VendorOrder.BY_NAME);
  }

  private static String text(Map<String, FilterMeta> filters, String field) {
    FilterMeta filter = filters.get(field);
    Object value = filter == null ? null : filter.getFilterValue();
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    if (name == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private class VendorPage extends LazyDataModel<VendorSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return Math.toIntExact(vendors.count(searchFrom(filters)));
    }

    @Override
    public List<VendorSummary> load(
        int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
      shownSearch = searchFrom(filters);
      shownOrder = orderFrom(sorts);
      return vendors.search(shownSearch, shownOrder, first, pageSize);
    }

    @Override
    public String getRowKey(VendorSummary vendor) {
      return String.valueOf(vendor.id());
    }
  }
}
