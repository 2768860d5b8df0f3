package io.outsight.web.contract;

import io.outsight.core.contract.ContractStatus;
import io.outsight.registry.contract.ContractSummary;
import io.outsight.registry.contract.Contracts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * All contracts, a page at a time from the database, filtered by state. The export of every
 * contract's ledger on the same page is {@link PortfolioExportView}'s.
 */
@Named
@ViewScoped
public class ContractListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Contracts contracts;

  /** The filter value for the states in which a vendor works under the contract. */
  private static final String RUNNING = "RUNNING";

  private String statusFilter;

  private LazyDataModel<ContractSummary> model;

  @PostConstruct
  void init() {
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
}
