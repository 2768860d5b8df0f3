package io.outsight.web.contract;

import io.outsight.core.contract.ContractStatus;
import io.outsight.registry.contract.ContractSummary;
import io.outsight.registry.contract.Contracts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** All contracts, a page at a time from the database, filtered by state. */
@Named
@ViewScoped
public class ContractListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Contracts contracts;

  private LazyDataModel<ContractSummary> model;

  @PostConstruct
  void init() {
    model = new LazyDataModel<>() {
      private static final long serialVersionUID = 1L;

      @Override
      public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(contracts.count(null, status(filters)));
      }

      @Override
      public List<ContractSummary> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
        return contracts.list(null, status(filters), first, pageSize);
      }

      @Override
      public String getRowKey(ContractSummary contract) {
        return String.valueOf(contract.id());
      }
    };
  }

  private static ContractStatus status(Map<String, FilterMeta> filters) {
    FilterMeta filter = filters.get("status");
    Object value = filter == null ? null : filter.getFilterValue();
    return value == null || value.toString().isBlank() ? null : ContractStatus.valueOf(value.toString());
  }

  public LazyDataModel<ContractSummary> getContracts() {
    return model;
  }
}
