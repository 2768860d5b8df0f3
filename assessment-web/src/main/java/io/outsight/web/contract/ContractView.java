package io.outsight.web.contract;

import io.outsight.core.contract.ContractStatus;
import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.ResultSource;
import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ContractDetails;
import io.outsight.registry.contract.Contracts;
import io.outsight.registry.ledger.LedgerReads;
import io.outsight.registry.ledger.LedgerRow;
import io.outsight.registry.ledger.LedgerValue;
import io.outsight.registry.ledger.MetricLedger;
import io.outsight.registry.ledger.ResultEntry;
import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.ledger.SubmissionReceipt;
import io.outsight.registry.rules.Refused;
import io.outsight.registry.scenario.CostScenarios;
import io.outsight.registry.scenario.ScenarioDetails;
import io.outsight.reporting.contract.SuccessReports;
import io.outsight.web.costmodel.ScenarioWording;
import io.outsight.web.faces.Pages;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One contract: its terms and where it stands, moving it on, and its results: the grid to enter and
 * correct them, and each value's history. Files are imported by {@link ResultImportView}.
 */
@Named
@ViewScoped
public class ContractView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Contracts contracts;

  @EJB private MetricLedger ledger;

  @EJB private LedgerReads reads;

  @EJB private SuccessReports reports;

  @Inject private ContractOptions options;

  @Inject private PortalClock clock;

  @EJB private CostScenarios scenarios;

  private ContractDetails contract;

  private ScenarioDetails scenario;

  private List<LedgerRow> rows;

  /** What the grid shows and the user types, by period and metric id. */
  private final Map<String, Map<String, BigDecimal>> entered = new HashMap<>();

  private ContractStatus nextStatus;

  private String reason;

  private List<LedgerValue> history = List.of();

  private String correctionReason;

  private List<PeriodSpend> payouts;

  @PostConstruct
  void load() {
    Pages.show(contracts::details)
        .ifPresent(
            found -> {
              contract = found;
              scenario =
                  Optional.ofNullable(found.terms().getCostScenarioRevisionId())
                      .flatMap(scenarios::revisionById)
                      .orElse(null);
              loadResults();
            });
  }

  /** The cost scenario revision the in-house alternative comes from, if one is linked. */
  public ScenarioDetails getScenario() {
    return scenario;
  }

  public String getScenarioTitle() {
    return ScenarioWording.title(scenario.name(), scenario.revision());
  }

  private void loadResults() {
    payouts = null;
    rows = reads.grid(contract.id());
    entered.clear();
    for (LedgerRow row : rows) {
      Map<String, BigDecimal> values = new HashMap<>();
      row.current().forEach((metric, value) -> values.put(metric, value.value()));
      entered.put(row.period(), values);
    }
  }

  public void changeStatus() {
    try {
      contract = contracts.moveTo(contract.id(), contract.version(), nextStatus, reason);
      Messages.notice(
          "contract.statusChanged", Messages.text("contract.status." + contract.status()));
      nextStatus = null;
      reason = null;
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
    }
  }

  /** Saves the cells the user changed, each as a value superseding the one it replaces. */
  public void saveResults() {
    List<ResultEntry> entries = new ArrayList<>();
    for (LedgerRow row : rows) {
      entered
          .get(row.period())
          .forEach(
              (metric, value) -> {
                LedgerValue shown = row.current().get(metric);
                if (value != null && (shown == null || shown.value().compareTo(value) != 0)) {
                  entries.add(
                      new ResultEntry(
                          contract.reference(),
                          metric,
                          row.period(),
                          value,
                          shown == null ? null : correctionReason,
                          null,
                          shown == null ? null : shown.id()));
                }
              });
    }
    if (entries.isEmpty()) {
      Messages.notice("results.unchanged");
      return;
    }
    try {
      SubmissionReceipt receipt = ledger.record(entries, ResultSource.MANUAL);
      Messages.notice("results.saved", receipt.values(), receipt.superseded());
      correctionReason = null;
      loadResults();
    } catch (ResultsRejected rejected) {
      showProblems(rejected, entries);
    }
  }

  /**
   * The results changed elsewhere on the page (a file import): the grid shows them as they are now.
   */
  void resultsChanged() {
    loadResults();
  }

  /** The problems in words, each naming the period and metric of its cell. */
  private void showProblems(ResultsRejected rejected, List<ResultEntry> entries) {
    rejected
        .problems()
        .forEach(
            problem ->
                FacesContext.getCurrentInstance()
                    .addMessage(
                        null,
                        Messages.errorText(
                            problem.line() == 0
                                ? options.problem(problem)
                                : cell(entries.get(problem.line() - 1), problem))));
  }

  private String cell(ResultEntry entry, ImportProblem problem) {
    return entry.period()
        + " · "
        + options.metricName(entry.metric())
        + ": "
        + options.problem(new ImportProblem(0, 0, "", problem.code(), problem.arguments()));
  }

  /**
   * What the vendor earned in each period reported so far, newest first, with how: read when the
   * tab is first shown, and again after the results change.
   */
  public List<PeriodSpend> getPayouts() {
    if (payouts == null) {
      payouts = reports.payouts(contract.id());
    }
    return payouts;
  }

  /** Why the values the user changed correct those reported before; kept with each of them. */
  public String getCorrectionReason() {
    return correctionReason;
  }

  public void setCorrectionReason(String correctionReason) {
    this.correctionReason = correctionReason;
  }

  public void showHistory(String metric, String period) {
    history = reads.history(contract.id(), metric, period);
  }

  /** The last day a return or an invoice can be dated. */
  public LocalDate getToday() {
    return clock.today();
  }

  /**
   * Shows each problem of a refused entry next to its field on the form, as {@code fields} maps the
   * ledger's field names to the form's components, or above the tabs; the form keeps what was
   * typed.
   */
  void showOnFields(List<ImportProblem> problems, Map<String, String> fields) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (ImportProblem problem : problems) {
      String field = fields.get(problem.columnName());
      faces.addMessage(
          field == null ? null : "contract:tabs:" + field,
          Messages.errorText(
              options.problem(new ImportProblem(0, 0, "", problem.code(), problem.arguments()))));
    }
    faces.validationFailed();
  }

  public ContractDetails getContract() {
    return contract;
  }

  public List<LedgerRow> getRows() {
    return rows;
  }

  public Map<String, Map<String, BigDecimal>> getEntered() {
    return entered;
  }

  public List<ContractStatus> getNextStatuses() {
    return contract.nextStatuses().stream().sorted().toList();
  }

  public ContractStatus getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(ContractStatus nextStatus) {
    this.nextStatus = nextStatus;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<LedgerValue> getHistory() {
    return history;
  }

  public long getLateCount() {
    return rows.stream().filter(LedgerRow::late).count();
  }
}
