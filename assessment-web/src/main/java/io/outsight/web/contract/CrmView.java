package io.outsight.web.contract;

import io.outsight.extension.api.report.ReconciliationLine;
import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.rules.Refused;
import io.outsight.reporting.contract.CrmTolerance;
import io.outsight.reporting.contract.SuccessReports;
import io.outsight.reporting.reconciliation.CrmExplanations;
import io.outsight.reporting.reconciliation.CrmImports;
import io.outsight.reporting.reconciliation.CrmReceipt;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;

/**
 * A contract's figures checked against our own CRM: the company's CRM export imported, each metric
 * of each period the CRM counted set beside what the vendor reported, and a flagged difference
 * explained.
 */
@Named
@ViewScoped
public class CrmView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SuccessReports reports;

  @EJB private CrmImports imports;

  @EJB private CrmExplanations explanations;

  @Inject private ContractView contractView;

  @Inject private ContractOptions options;

  @Inject private CrmTolerance tolerance;

  private List<ReconciliationLine> lines;

  private List<String> problems = List.of();

  private String explaining;

  private String reason;

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

  /** The differences beyond the tolerance nobody has explained yet. */
  public List<ReconciliationLine> getUnexplained() {
    return getLines().stream().filter(ReconciliationLine::unexplained).toList();
  }

  /** A line's key in the choice of differences to explain. */
  public String key(ReconciliationLine line) {
    return line.period() + " " + line.metric();
  }

  /** Explains the chosen difference with the reason typed. */
  public void explain() {
    Optional<ReconciliationLine> chosen =
        getUnexplained().stream().filter(line -> key(line).equals(explaining)).findFirst();
    if (chosen.isEmpty()) {
      return;
    }
    try {
      explanations.explain(
          contractView.getContract().id(),
          chosen.get().period().toString(),
          chosen.get().metric(),
          reason);
      Messages.notice("crm.explainedNotice");
      lines = null;
      explaining = null;
      reason = null;
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public String getExplaining() {
    return explaining;
  }

  public void setExplaining(String explaining) {
    this.explaining = explaining;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<String> getProblems() {
    return problems;
  }

  public BigDecimal getTolerancePercent() {
    return tolerance.percent();
  }
}
