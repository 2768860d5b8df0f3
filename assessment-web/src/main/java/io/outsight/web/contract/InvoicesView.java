package io.outsight.web.contract;

import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.rules.Refused;
import io.outsight.reporting.settlement.InvoiceCheck;
import io.outsight.reporting.settlement.Invoices;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;

/**
 * The vendor's invoices for a contract's settled periods: recorded by the form or from a file, and
 * each shown beside what was settled. A refused invoice keeps what was typed and names the field.
 */
@Named
@ViewScoped
public class InvoicesView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the service's names for an invoice's fields are shown on the form. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "period", "invoice-period",
          "number", "invoice-number",
          "invoicedOn", "invoice-date",
          "amount", "invoice-amount");

  @EJB private Invoices invoices;

  @Inject private ContractView contractView;

  @Inject private ContractOptions options;

  private List<InvoiceCheck> checks;

  private List<String> problems = List.of();

  private String period;

  private String number;

  private LocalDate invoicedOn;

  private BigDecimal amount;

  private Long accepting;

  private String acceptanceNote;

  public List<InvoiceCheck> getInvoices() {
    if (checks == null) {
      checks = invoices.of(contractView.getContract().id());
    }
    return checks;
  }

  /** The settled periods without an invoice, the latest first. */
  public List<String> getUninvoiced() {
    Set<String> invoiced =
        getInvoices().stream().map(InvoiceCheck::period).collect(Collectors.toSet());
    return contractView.getPayouts().stream()
        .filter(PeriodSpend::isSettled)
        .map(spend -> spend.period().toString())
        .filter(settled -> !invoiced.contains(settled))
        .toList();
  }

  public void record() {
    try {
      InvoiceCheck check =
          invoices.record(contractView.getContract().id(), period, number, invoicedOn, amount);
      Messages.notice(check.flagged() ? "invoices.savedFlagged" : "invoices.saved", check.number());
      checks = null;
      number = null;
      invoicedOn = null;
      amount = null;
      period = null;
    } catch (ResultsRejected rejected) {
      contractView.showOnFields(rejected.problems(), FIELDS);
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** The invoices beyond the tolerance whose variance nobody has accepted yet. */
  public List<InvoiceCheck> getToAccept() {
    return getInvoices().stream().filter(InvoiceCheck::toCheck).toList();
  }

  /** Accepts the chosen invoice's variance with the note typed, as the invoice was shown. */
  public void accept() {
    Optional<InvoiceCheck> shown =
        getToAccept().stream().filter(check -> check.id() == accepting).findFirst();
    if (shown.isEmpty()) {
      return;
    }
    try {
      InvoiceCheck accepted =
          invoices.accept(shown.get().id(), shown.get().version(), acceptanceNote);
      Messages.notice("invoices.acceptedNotice", accepted.number());
      checks = null;
      accepting = null;
      acceptanceNote = null;
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void importFile(FileUploadEvent event) throws IOException {
    try (InputStream content = event.getFile().getInputStream()) {
      List<InvoiceCheck> recorded = invoices.importFile(event.getFile().getFileName(), content);
      problems = List.of();
      checks = null;
      Messages.notice("invoices.imported", recorded.size());
    } catch (ResultsRejected rejected) {
      problems = rejected.problems().stream().map(options::problem).toList();
    }
  }

  public List<String> getProblems() {
    return problems;
  }

  public Long getAccepting() {
    return accepting;
  }

  public void setAccepting(Long accepting) {
    this.accepting = accepting;
  }

  public String getAcceptanceNote() {
    return acceptanceNote;
  }

  public void setAcceptanceNote(String acceptanceNote) {
    this.acceptanceNote = acceptanceNote;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getInvoicedOn() {
    return invoicedOn;
  }

  public void setInvoicedOn(LocalDate invoicedOn) {
    this.invoicedOn = invoicedOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
