package io.outsight.web.contract;

import io.outsight.core.contract.ContractStatus;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ContractSummary;
import io.outsight.registry.contract.Contracts;
import io.outsight.registry.extension.InstalledMetrics;
import io.outsight.reporting.portfolio.PortfolioExport;
import io.outsight.web.faces.Downloads;
import io.outsight.web.i18n.ReportWording;
import io.outsight.web.security.RequestingClient;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * All contracts, a page at a time from the database, filtered by state; and the export of every
 * contract's ledger.
 */
@Named
@ViewScoped
public class ContractListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Contracts contracts;

  private static final int MONTHS_OFFERED = 60;

  /** The filter value for the states in which a vendor works under the contract. */
  private static final String RUNNING = "RUNNING";

  private String statusFilter;

  @EJB private PortfolioExport portfolio;

  @Inject private InstalledMetrics installed;

  @Inject private PortalClock clock;

  private LazyDataModel<ContractSummary> model;

  private String from;

  private String to;

  @PostConstruct
  void init() {
    from = clock.thisMonth().minusMonths(11).toString();
    to = clock.thisMonth().toString();
    String asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("status");
    statusFilter =
        asked != null
                && (RUNNING.equals(asked)
                    || Arrays.stream(ContractStatus.values())
                        .anyMatch(status -> status.name().equals(asked)))
            ? asked
            : null;
    model =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(contracts.count(null, status(filters)));
          }

          @Override
          public List<ContractSummary> load(
              int first,
              int pageSize,
              Map<String, SortMeta> sorts,
              Map<String, FilterMeta> filters) {
            return contracts.list(null, status(filters), first, pageSize);
          }

          @Override
          public String getRowKey(ContractSummary contract) {
            return String.valueOf(contract.id());
          }
        };
  }

  /** The states the filter asks for: one, the running ones, or (no filter) all. */
  private static Set<ContractStatus> status(Map<String, FilterMeta> filters) {
    FilterMeta filter = filters.get("status");
    Object value = filter == null ? null : filter.getFilterValue();
    if (value == null || value.toString().isBlank()) {
      return Set.of();
    }
    return RUNNING.equals(value.toString())
        ? ContractStatus.runningStates()
        : Set.of(ContractStatus.valueOf(value.toString()));
  }

  /**
   * The filter the page opens with, from the address: {@code ?status=RUNNING} from the dashboard's
   * tile.
   */
  public String getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(String statusFilter) {
    this.statusFilter = statusFilter;
  }

  public LazyDataModel<ContractSummary> getContracts() {
    return model;
  }

  /** The months a portfolio export can start or end in, newest first. */
  public List<String> getMonths() {
    YearMonth now = clock.thisMonth();
    return IntStream.range(0, MONTHS_OFFERED)
        .mapToObj(back -> now.minusMonths(back).toString())
        .toList();
  }

  /** Streams every contract's ledger values for the months chosen as a download. */
  public void exportPortfolio(String format) throws IOException {
    YearMonth first = YearMonth.parse(from);
    YearMonth last = YearMonth.parse(to);
    if (last.isBefore(first)) {
      YearMonth swap = first;
      first = last;
      last = swap;
    }
    Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    ReportWording words = new ReportWording(language, installed.catalogue());
    String fileName = "ledger-" + first + "-" + last + "." + format;
    PortfolioExport.Spooled file =
        portfolio.write(
            first,
            last,
            format,
            PortfolioExport.COLUMNS.stream().map(words::text).toList(),
            language,
            fileName,
            RequestingClient.page());
    try (file) {
      Downloads.send(
          fileName,
          "xlsx".equals(format)
              ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              : "text/csv; charset=UTF-8",
          Map.of("X-Content-SHA256", file.sha256()),
          file::sendTo);
    }
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
