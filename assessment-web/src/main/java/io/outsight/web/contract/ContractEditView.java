package io.outsight.web.contract;

import io.outsight.core.compensation.PerLead;
import io.outsight.core.contract.KpiTarget;
import io.outsight.core.contract.TermSheet;
import io.outsight.extension.api.Parameter;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.report.KpiDirection;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ClauseChecks;
import io.outsight.registry.contract.Contracts;
import io.outsight.registry.rules.Refused;
import io.outsight.registry.scenario.CostScenarios;
import io.outsight.registry.vendor.Vendors;
import io.outsight.web.costmodel.ScenarioWording;
import io.outsight.web.faces.Pages;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drafts a contract with a vendor ({@code ?vendor=}) or amends one ({@code ?id=}). When someone
 * else saved the contract meanwhile, the save is refused, what the user typed stays on the form,
 * and the page offers to reload the contract as it now is.
 */
@Named
@ViewScoped
public class ContractEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Contracts contracts;

  @EJB private Vendors vendors;

  @EJB private ClauseChecks clauseChecks;

  @Inject private PortalClock clock;

  @EJB private CostScenarios scenarios;

  @Inject private ContractOptions options;

  private List<SelectItem> scenarioChoices;

  private Long contractId;

  private long version;

  private long vendorId;

  private String vendorName;

  private TermSheet terms;

  private boolean conflict;

  private boolean clausesFromDueDiligence;

  /** The model the contract had when opened, offered even when taken out of new use since. */
  private String savedModel;

  @PostConstruct
  void load() {
    if (Pages.has("id")) {
      Pages.show(contracts::details)
          .ifPresent(
              contract -> {
                contractId = contract.id();
                version = contract.version();
                vendorId = contract.vendorId();
                vendorName = contract.vendorName();
                terms = contract.terms();
                savedModel = terms.getCompensationModel();
              });
    } else {
      Pages.show("vendor", vendors::details)
          .ifPresent(
              vendor -> {
                vendorId = vendor.id();
                vendorName = vendor.name();
                terms = newTerms();
                clauseChecks
                    .impliedFor(vendor.id())
                    .ifPresent(
                        implied -> {
                          terms.setClauses(implied);
                          clausesFromDueDiligence = true;
                        });
              });
    }
  }

  /** A year from the first of next month, paid per lead, reported monthly by the 10th. */
  private TermSheet newTerms() {
    TermSheet sheet = new TermSheet();
    LocalDate start = clock.today().withDayOfMonth(1).plusMonths(1);
    sheet.setStart(start);
    sheet.setEnd(start.plusYears(1).minusDays(1));
    // per lead unless an administrator took it out of new use
    sheet.setCompensationModel(
        options.modelDisabled(PerLead.ID)
            ? options.compensationModelsOffered(null).stream()
                .findFirst()
                .map(CompensationModel::id)
                .orElse(PerLead.ID)
            : PerLead.ID);
    sheet.getTiers().add(new TermSheet.Band(BigDecimal.ZERO, BigDecimal.ZERO));
    return sheet;
  }

  public String save() {
    try {
      long id =
          contractId == null
              ? contracts.draft(vendorId, terms)
              : contracts.amend(contractId, version, terms).id();
      Messages.noticeAfterRedirect(
          contractId == null ? "contract.drafted" : "contract.amended",
          terms.getReference().strip());
      return "/contracts/contract?faces-redirect=true&id=" + id;
    } catch (Refused refused) {
      conflict = refused.rule().equals("contract.changed-meanwhile");
      if (!conflict) {
        FacesContext.getCurrentInstance()
            .addMessage(null, options.refusal(refused, getModelParameters()));
      }
      return null;
    }
  }

  public String getSavedModel() {
    return savedModel;
  }

  /** What the chosen compensation model asks besides the common terms. */
  public List<Parameter> getModelParameters() {
    return options.parametersOf(terms.getCompensationModel());
  }

  /** Another model chosen: the values of the parameters it does not declare go. */
  public void modelChanged() {
    Set<String> declared =
        getModelParameters().stream().map(Parameter::key).collect(Collectors.toSet());
    terms.getCompensationParameters().keySet().retainAll(declared);
  }

  /**
   * Every saved scenario revision, each scenario's newest first, to take the in-house cost from.
   */
  public List<SelectItem> getScenarios() {
    if (scenarioChoices == null) {
      scenarioChoices =
          scenarios.revisions().stream()
              .map(
                  revision ->
                      new SelectItem(
                          revision.revisionId(),
                          ScenarioWording.title(revision.name(), revision.revision())
                              + " ("
                              + revision.currency()
                              + ")"))
              .toList();
    }
    return scenarioChoices;
  }

  /** A new band above the highest one, at its rate, for the user to adjust. */
  public void addTier() {
    List<TermSheet.Band> tiers = terms.getTiers();
    TermSheet.Band last = tiers.isEmpty() ? null : tiers.get(tiers.size() - 1);
    tiers.add(
        last == null || last.getFrom() == null || last.getRate() == null
            ? new TermSheet.Band(BigDecimal.ZERO, BigDecimal.ZERO)
            : new TermSheet.Band(last.getFrom().add(BigDecimal.TEN), last.getRate()));
  }

  public void removeTier(TermSheet.Band band) {
    terms.getTiers().remove(band);
  }

  /** A target for the first reported metric that has none yet. */
  public void addKpi() {
    String metric =
        Arrays.stream(ReportedMetric.values())
            .map(ReportedMetric::id)
            .filter(id -> terms.getKpis().stream().noneMatch(kpi -> id.equals(kpi.getMetricId())))
            .findFirst()
            .orElse(ReportedMetric.LEADS_CREATED.id());
    terms
        .getKpis()
        .add(
            new KpiTarget(
                metric,
                KpiDirection.HIGHER_IS_BETTER,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO));
  }

  public void removeKpi(KpiTarget kpi) {
    terms.getKpis().remove(kpi);
  }

  public boolean isNew() {
    return contractId == null;
  }

  public Long getContractId() {
    return contractId;
  }

  public long getVendorId() {
    return vendorId;
  }

  public String getVendorName() {
    return vendorName;
  }

  public TermSheet getTerms() {
    return terms;
  }

  /** Whether a new contract's clauses were filled in from the vendor's approved due diligence. */
  public boolean isClausesFromDueDiligence() {
    return clausesFromDueDiligence;
  }

  public boolean isConflict() {
    return conflict;
  }
}
