package io.outsight.web.contract;

import io.outsight.core.ledger.ResultSource;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.registry.ledger.LedgerReads;
import io.outsight.registry.ledger.LedgerRow;
import io.outsight.registry.ledger.MetricLedger;
import io.outsight.registry.ledger.ResultEntry;
import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.ledger.ReturnedLeads;
import io.outsight.web.i18n.Formats;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A contract's returned leads: the list, each with what it does to the payouts, and the form that
 * records one. A refused return keeps what was typed and names the field.
 */
@Named
@ViewScoped
public class LeadReturnsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the ledger's names for an entry's fields are shown on the form. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "period", "return-period",
          "value", "return-leads",
          "returnedOn", "return-date",
          "reason", "return-reason");

  @EJB private MetricLedger ledger;

  @EJB private LedgerReads reads;

  @Inject private ContractView contractView;

  @Inject private Formats formats;

  private List<ReturnedLeads> returns;

  private String period;

  private LocalDate returnedOn;

  private BigDecimal leads;

  private String reason;

  public List<ReturnedLeads> getReturns() {
    if (returns == null) {
      returns = reads.returns(contractView.getContract().id());
    }
    return returns;
  }

  /** The periods leads can have been delivered in, newest first: the grid's. */
  public List<String> getPeriods() {
    return contractView.getRows().stream().map(LedgerRow::period).toList();
  }

  public void record() {
    ResultEntry entry =
        new ResultEntry(
            contractView.getContract().reference(),
            ReportedMetric.LEADS_RETURNED.id(),
            period,
            leads,
            reason,
            returnedOn,
            null);
    try {
      ledger.record(List.of(entry), ResultSource.MANUAL);
      Messages.notice("returns.saved", leads, formats.period(period), formats.date(returnedOn));
      returns = null;
      period = null;
      returnedOn = null;
      leads = null;
      reason = null;
      contractView.resultsChanged();
    } catch (ResultsRejected rejected) {
      contractView.showOnFields(rejected.problems(), FIELDS);
    }
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public LocalDate getReturnedOn() {
    return returnedOn;
  }

  public void setReturnedOn(LocalDate returnedOn) {
    this.returnedOn = returnedOn;
  }

  public BigDecimal getLeads() {
    return leads;
  }

  public void setLeads(BigDecimal leads) {
    this.leads = leads;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
