package io.outsight.web.contract;

import io.outsight.core.reconciliation.ReconciliationLine;
import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.reporting.contract.SuccessReports;
import io.outsight.reporting.reconciliation.CrmImports;
import io.outsight.reporting.reconciliation.CrmReceipt;
import io.outsight.reporting.reconciliation.CrmTolerance;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * A contract's figures checked against our own CRM: the company's CRM export imported, and each
 * metric of each period the CRM counted set beside what the vendor reported.
 */
@Named
@ViewScoped
public class CrmView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SuccessReports reports;

  @EJB private CrmImports imports;

  @Inject private ContractView contractView;

  @Inject private ContractOptions options;

  @Inject private CrmTolerance tolerance;

  private List<ReconciliationLine> lines;

  private List<String> problems = List.of();

  public List<ReconciliationLine> getLines() {
    if (lines == null) {
      lines = reports.reconciliation(contractView.getContract().id());
    }
    return lines;
  }

  public void importFile(FileUploadEvent event) throws IOException {
    try (InputStream content = event.getFile().getInputStream()) {
      CrmReceipt receipt = imports.importFile(event.getFile().getFileName(), content);
      problems = List.of();
      lines = null;
      Messages.notice("crm.imported", receipt.records(), String.join(", ", receipt.contracts()));
    } catch (ResultsRejected rejected) {
      problems = rejected.problems().stream().map(options::problem).toList();
    }
  }

  public List<String> getProblems() {
    return problems;
  }

  public BigDecimal getTolerancePercent() {
    return tolerance.percent();
  }
}
