package io.outsight.core.contract;

import io.outsight.core.contract.ReportingSchedule.Cadence;
import io.outsight.core.costmodel.ScenarioRevision;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Tier;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.SalesOption;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A vendor's contract, paid by results: what it outsources, for how long, how the vendor is paid,
 * which targets it is held to, when it reports, what due diligence made it promise, and how we get
 * out of it. Its terms are a {@link TermSheet}; they change until the contract ends.
 */
@Entity
@Table(name = "contract")
public class Contract {

  /** The amounts a contract keeps are below this: the 15 whole digits of {@code @Amount}. */
  private static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(15);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
  @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  private String reference;

  @Column(name = "vendor_id")
  private long vendorId;

  @Enumerated(EnumType.STRING)
  private ContractScope scope;

  @Column(name = "scope_detail")
  private String scopeDetail;

  @Column(name = "start_date")
  private LocalDate startsOn;

  @Column(name = "end_date")
  private LocalDate endsOn;

  private boolean evergreen;

  @Column(name = "renewal_months")
  private int renewalMonths;

  @Column(name = "notice_months")
  private int noticeMonths;

  private String currency;

  @Column(name = "compensation_model")
  private String compensationModel;

  @Column(name = "paid_metric")
  @Enumerated(EnumType.STRING)
  private ReportedMetric paidMetric;

  /** The graduated tiers as {@code from:rate} pairs separated by semicolons, lowest first. */
  private String tiers;

  private BigDecimal retainer;

  private BigDecimal bonus;

  @Column(name = "bonus_target")
  private BigDecimal bonusTarget;

  @Column(name = "floor_amount")
  private BigDecimal floor;

  @Column(name = "cap_amount")
  private BigDecimal cap;

  @Column(name = "qualification_definition")
  private String qualificationDefinition;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contract_parameter", joinColumns = @JoinColumn(name = "contract_id"))
  @MapKeyColumn(name = "parameter_key")
  @Column(name = "parameter_value")
  private Map<String, BigDecimal> compensationParameters = new TreeMap<>();

  @Column(name = "dispute_window_days")
  private int disputeWindowDays;

  @Column(name = "invoice_tolerance_percent")
  private BigDecimal invoiceTolerancePercent;

  @Column(name = "setup_fee")
  private BigDecimal setupFee;

  @Column(name = "in_house_monthly_cost")
  private BigDecimal inHouseMonthlyCost;

  @Column(name = "cost_scenario_revision_id")
  private Long costScenarioRevisionId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contract_kpi", joinColumns = @JoinColumn(name = "contract_id"))
  @OrderColumn(name = "kpi_order")
  private List<KpiTarget> kpis = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private Cadence cadence;

  @Column(name = "due_day")
  private int dueDay;

  @Embedded private ContractClauses clauses;

  @Column(name = "exit_plan")
  private boolean exitPlan;

  @Column(name = "exit_plan_note")
  private String exitPlanNote;

  @Column(name = "exit_plan_reviewed_on")
  private LocalDate exitPlanReviewedOn;

  private String channel;

  @Enumerated(EnumType.STRING)
  private ContractStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Contract() {}

  /** A new contract with a vendor, in draft until it is activated. */
  public static Contract draft(
      long vendorId, TermSheet sheet, String createdBy, Instant createdAt) {
    Contract contract = new Contract();
    contract.vendorId = vendorId;
    contract.status = ContractStatus.DRAFT;
    contract.createdBy = createdBy;
    contract.createdAt = createdAt;
    contract.apply(sheet);
    return contract;
  }

  /**
   * New terms for a contract that has not ended. Once a contract is active its start and reporting
   * cadence stay: they define the periods its results were reported for.
   */
  /**
   * New terms for the contract. Once a period is settled, what was paid stands: the terms that
   * price a period (currency, model, tiers, retainer, bonus, floor, cap, set-up fee and dispute
   * window) no longer change, so that no settled period is priced again by terms it never had.
   *
   * @param settled whether a period of the contract is settled
   * @throws RuleViolation {@code contract.settled-terms} for such a change after a settlement
   */
  public void amend(TermSheet sheet, boolean settled) {
    if (status.ended()) {
      throw new RuleViolation(
          "contract.ended",
          "Contract " + reference + " has ended; its terms no longer change",
          List.of(reference));
    }
    if (status != ContractStatus.DRAFT
        && (!startsOn.equals(sheet.getStart()) || cadence != sheet.getCadence())) {
      throw new RuleViolation(
          "contract.schedule-fixed",
          "Contract " + reference + " is past its draft: its start and cadence stay",
          List.of(startsOn.toString(), cadence.name()));
    }
    if (settled && !pricedBy(sheet).equals(moneyTerms())) {
      throw new RuleViolation(
          "contract.settled-terms",
          "Periods of contract "
              + reference
              + " are settled: the terms that price them no longer change; new terms make a new"
              + " contract",
          List.of(reference));
    }
    apply(sheet);
  }

  /** The terms that would price a period under the sheet, as {@link #moneyTerms()} writes them. */
  private static String pricedBy(TermSheet sheet) {
    Contract amended = new Contract();
    amended.apply(sheet);
    return amended.moneyTerms();
  }

  /** The terms that price a period, written the same way whatever scale their numbers have. */
  private String moneyTerms() {
    CompensationTerms terms = compensation();
    StringBuilder written =
        new StringBuilder(terms.modelId())
            .append(' ')
            .append(terms.currency())
            .append(' ')
            .append(terms.paidMetric());
    terms
        .tiers()
        .forEach(
            tier ->
                written
                    .append(' ')
                    .append(plain(tier.from()))
                    .append(':')
                    .append(plain(tier.rate())));
    for (Money money :
        new Money[] {
          terms.retainer(), terms.bonus(), terms.floor(), terms.cap(), setupFee().orElse(null)
        }) {
      written.append(' ').append(money == null ? "-" : plain(money.amount()));
    }
    return written
        .append(' ')
        .append(terms.bonusTarget() == null ? "-" : plain(terms.bonusTarget()))
        .append(' ')
        .append(disputeWindowDays)
        .append(' ')
        .append(
            new TreeMap<>(terms.parameters())
                .entrySet().stream()
                    .map(parameter -> parameter.getKey() + "=" + plain(parameter.getValue()))
                    .collect(Collectors.joining(",")))
        .toString();
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  /**
   * Whether the contract's fixed term is over on {@code today} while it still runs: it is then to
   * expire. An evergreen contract renews itself and never expires by itself.
   */
  public boolean expiresBy(LocalDate today) {
    return status.running() && !evergreen && today.isAfter(endsOn);
  }

  /**
   * Moves the contract on in its lifecycle. A contract expires only when its fixed term is over; an
   * evergreen one renews itself until it is terminated. Renewing a fixed-term contract extends its
   * term by its renewal period.
   *
   * @throws RuleViolation when the move is not allowed from the current state, or lacks a reason
   */
  public void moveTo(ContractStatus target, String reason, LocalDate today) {
    if (!status.next().contains(target)) {
      throw new RuleViolation(
          "contract.transition",
          "A contract cannot go from " + status + " to " + target,
          List.of(status.name(), target.name()));
    }
    if (target == ContractStatus.EXPIRED && (evergreen || !today.isAfter(endsOn))) {
      throw new RuleViolation(
          "contract.not-expired",
          "Contract "
              + reference
              + " runs until "
              + term().currentEnd(today).orElse(endsOn)
              + (evergreen ? " and renews itself" : ""),
          List.of(String.valueOf(term().currentEnd(today).orElse(endsOn))));
    }
    if (target.needsReason() && (reason == null || reason.isBlank())) {
      throw new RuleViolation(
          "contract.reason-required",
          "Going to " + target + " needs a reason",
          List.of(target.name()));
    }
    if (target == ContractStatus.RENEWED && !evergreen) {
      try {
        endsOn = term().renewed().end();
      } catch (IllegalArgumentException noRenewalPeriod) {
        throw new RuleViolation(
            "contract.renewal-period",
            "Contract " + reference + " has no renewal period to extend its term by",
            List.of(reference));
      }
    }
    status = target;
    statusReason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  private void apply(TermSheet sheet) {
    ContractTerm term;
    try {
      term =
          new ContractTerm(
              sheet.getStart(),
              sheet.getEnd(),
              sheet.isEvergreen(),
              sheet.getRenewalMonths(),
              sheet.getNoticeMonths());
    } catch (IllegalArgumentException | NullPointerException invalid) {
      throw new RuleViolation(
          "contract.term", "The term is not valid: " + invalid.getMessage(), List.of());
    }
    if (sheet.getScope().needsDetail() && blank(sheet.getScopeDetail())) {
      throw new RuleViolation(
          "contract.scope-detail",
          "Name the product line or segment the contract covers",
          List.of(sheet.getScope().name()));
    }
    List<Tier> bands =
        sheet.getTiers().stream().map(band -> new Tier(band.getFrom(), band.getRate())).toList();
    if (bands.stream().map(tier -> tier.from().stripTrailingZeros()).distinct().count()
        < bands.size()) {
      throw new RuleViolation("contract.tiers", "Two tiers start at the same unit", List.of());
    }
    Set<String> targeted = new HashSet<>();
    for (KpiTarget kpi : sheet.getKpis()) {
      kpi.check();
      if (!targeted.add(kpi.getMetricId())) {
        throw new RuleViolation(
            "contract.kpi-duplicate",
            "There are two targets for " + kpi.getMetricId(),
            List.of(kpi.getMetricId()));
      }
    }
    reference = sheet.getReference().strip();
    scope = sheet.getScope();
    scopeDetail = scope.needsDetail() ? sheet.getScopeDetail().strip() : null;
    startsOn = term.start();
    endsOn = term.end();
    evergreen = term.evergreen();
    renewalMonths = term.renewalMonths();
    noticeMonths = term.noticeMonths();
    currency = Currency.getInstance(sheet.getCurrency()).getCurrencyCode();
    compensationModel = sheet.getCompensationModel();
    paidMetric = sheet.getPaidMetric();
    tiers =
        bands.stream()
            .sorted((a, b) -> a.from().compareTo(b.from()))
            .map(tier -> tier.from().toPlainString() + ":" + tier.rate().toPlainString())
            .collect(Collectors.joining(";"));
    retainer = sheet.getRetainer();
    bonus = sheet.getBonus();
    bonusTarget = sheet.getBonusTarget();
    floor = sheet.getFloor();
    cap = sheet.getCap();
    qualificationDefinition =
        blank(sheet.getQualificationDefinition())
            ? null
            : sheet.getQualificationDefinition().strip();
    // a field left blank is no value: the model's default stands for it
    compensationParameters = new TreeMap<>();
    sheet
        .getCompensationParameters()
        .forEach(
            (key, value) -> {
              if (value != null) {
                compensationParameters.put(key, value);
              }
            });
    disputeWindowDays = sheet.getDisputeWindowDays();
    invoiceTolerancePercent = sheet.getInvoiceTolerancePercent();
    setupFee = sheet.getSetupFee();
    inHouseMonthlyCost = sheet.getInHouseMonthlyCost();
    costScenarioRevisionId = sheet.getCostScenarioRevisionId();
    kpis =
        sheet.getKpis().stream()
            .map(
                kpi ->
                    new KpiTarget(
                        kpi.getMetricId(),
                        kpi.getDirection(),
                        kpi.getTarget(),
                        kpi.getGreenAt(),
                        kpi.getAmberAt()))
            .collect(Collectors.toCollection(ArrayList::new));
    cadence = sheet.getCadence();
    dueDay = new ReportingSchedule(sheet.getCadence(), sheet.getDueDay()).dueDay();
    clauses = sheet.getClauses().copy();
    exitPlan = sheet.isExitPlan();
    exitPlanNote = blank(sheet.getExitPlanNote()) ? null : sheet.getExitPlanNote().strip();
    if (!exitPlan && sheet.getExitPlanReviewedOn() != null) {
      throw new RuleViolation(
          "contract.review-without-exit-plan",
          "An exit plan review date needs an exit plan",
          List.of(sheet.getExitPlanReviewedOn().toString()));
    }
    exitPlanReviewedOn = sheet.getExitPlanReviewedOn();
    channel = blank(sheet.getChannel()) ? null : sheet.getChannel().strip();
    compensation();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The terms as a sheet to edit: changing the sheet changes nothing until it is applied. */
  public TermSheet sheet() {
    TermSheet sheet = new TermSheet();
    sheet.setReference(reference);
    sheet.setScope(scope);
    sheet.setScopeDetail(scopeDetail);
    sheet.setStart(startsOn);
    sheet.setEnd(endsOn);
    sheet.setEvergreen(evergreen);
    sheet.setRenewalMonths(renewalMonths);
    sheet.setNoticeMonths(noticeMonths);
    sheet.setCurrency(currency);
    sheet.setCompensationModel(compensationModel);
    sheet.setPaidMetric(paidMetric);
    sheet.setTiers(
        tiers().stream()
            .map(tier -> new TermSheet.Band(tier.from(), tier.rate()))
            .collect(Collectors.toCollection(ArrayList::new)));
    sheet.setRetainer(retainer);
    sheet.setBonus(bonus);
    sheet.setBonusTarget(bonusTarget);
    sheet.setFloor(floor);
    sheet.setCap(cap);
    sheet.setQualificationDefinition(qualificationDefinition);
    sheet.setCompensationParameters(compensationParameters);
    sheet.setDisputeWindowDays(disputeWindowDays);
    sheet.setInvoiceTolerancePercent(invoiceTolerancePercent);
    sheet.setSetupFee(setupFee);
    sheet.setInHouseMonthlyCost(inHouseMonthlyCost);
    sheet.setCostScenarioRevisionId(costScenarioRevisionId);
    sheet.setKpis(
        kpis.stream()
            .map(
                kpi ->
                    new KpiTarget(
                        kpi.getMetricId(),
                        kpi.getDirection(),
                        kpi.getTarget(),
                        kpi.getGreenAt(),
                        kpi.getAmberAt()))
            .collect(Collectors.toCollection(ArrayList::new)));
    sheet.setCadence(cadence);
    sheet.setDueDay(dueDay);
    sheet.setClauses(clauses.copy());
    sheet.setExitPlan(exitPlan);
    sheet.setExitPlanNote(exitPlanNote);
    sheet.setExitPlanReviewedOn(exitPlanReviewedOn);
    sheet.setChannel(channel);
    return sheet;
  }

  public List<Tier> tiers() {
    if (tiers == null || tiers.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(tiers.split(";"))
        .map(pair -> pair.split(":"))
        .map(pair -> new Tier(new BigDecimal(pair[0]), new BigDecimal(pair[1])))
        .toList();
  }

  public ContractTerm term() {
    return new ContractTerm(startsOn, endsOn, evergreen, renewalMonths, noticeMonths);
  }

  public ReportingSchedule schedule() {
    return new ReportingSchedule(cadence, dueDay);
  }

  public CompensationTerms compensation() {
    Currency money = Currency.getInstance(currency);
    try {
      return new CompensationTerms(
          compensationModel,
          money,
          paidMetric,
          tiers(),
          amount(retainer),
          amount(bonus),
          bonusTarget,
          amount(floor),
          amount(cap),
          qualificationDefinition,
          compensationParameters);
    } catch (IllegalArgumentException invalid) {
      throw new RuleViolation("contract.compensation", invalid.getMessage(), List.of());
    }
  }

  /**
   * Takes the values of the model's parameters as its declaration resolved them: each given value
   * checked, each missing one its default.
   */
  public void takeParameters(Map<String, BigDecimal> resolved) {
    compensationParameters = new TreeMap<>(resolved);
  }

  public Optional<Money> setupFee() {
    return Optional.ofNullable(amount(setupFee));
  }

  /**
   * What the same work would cost in-house per month, when procurement has put it from the cost
   * model.
   */
  public Optional<Money> inHouseMonthlyCost() {
    return Optional.ofNullable(amount(inHouseMonthlyCost));
  }

  /**
   * The option of the cost model this contract outsources: lead generation, or for any other scope
   * sales.
   */
  public SalesOption outsourcedOption() {
    return scope == ContractScope.LEAD_GENERATION
        ? SalesOption.OUTSOURCED_LEAD_GENERATION
        : SalesOption.OUTSOURCED_SALES;
  }

  /** The cost scenario revision the in-house alternative comes from, when one is linked. */
  public Optional<Long> costScenarioRevisionId() {
    return Optional.ofNullable(costScenarioRevisionId);
  }

  /**
   * Takes the in-house alternative from the linked scenario revision, which the caller looked up by
   * {@link #costScenarioRevisionId()}.
   *
   * @throws RuleViolation {@code contract.scenario-currency} when the scenario counts in another
   *     currency than the contract
   */
  public void takeInHouseAlternativeFrom(ScenarioRevision scenario) {
    if (!Objects.equals(scenario.id(), costScenarioRevisionId)) {
      throw new IllegalArgumentException(
          "the contract links scenario revision "
              + costScenarioRevisionId
              + ", not "
              + scenario.id());
    }
    if (!scenario.currency().getCurrencyCode().equals(currency)) {
      throw new RuleViolation(
          "contract.scenario-currency",
          "The cost scenario counts in " + scenario.currency() + ", the contract in " + currency,
          List.of(scenario.currency().getCurrencyCode(), currency));
    }
    if (scenario.inHouseMonthlyCost().amount().compareTo(AMOUNT_LIMIT) >= 0) {
      throw new RuleViolation(
          "contract.scenario-too-large",
          "The cost scenario's in-house cost is beyond what a contract keeps",
          List.of(scenario.inHouseMonthlyCost().amount().toPlainString()));
    }
    inHouseMonthlyCost = scenario.inHouseMonthlyCost().amount();
  }

  private Money amount(BigDecimal value) {
    return value == null ? null : new Money(value, Currency.getInstance(currency));
  }

  /**
   * The periods whose reports were due before {@code today} and have not come; none unless the
   * contract runs.
   */
  public List<Period> lateReports(Set<Period> reported, LocalDate today) {
    if (!status.running()) {
      return List.of();
    }
    return schedule().lateReports(startsOn, evergreen ? null : endsOn, reported, today);
  }

  /**
   * The periods a success report can cover on {@code today}: from the contract's first period to
   * the last one that has ended, and no further than the term's end for a fixed term. Empty while
   * the first period is still running.
   */
  public List<Period> reportablePeriods(LocalDate today) {
    List<Period> periods = new ArrayList<>();
    for (Period period = Period.containing(startsOn, cadence.months());
        period.lastDay().isBefore(today) && (evergreen || !period.firstDay().isAfter(endsOn));
        period = period.next()) {
      periods.add(period);
    }
    return periods;
  }

  /**
   * Whether the period begins after a fixed-term contract's last day. Such a period earns nothing:
   * it only carries adjustments to settled periods once no period of the term is open.
   */
  public boolean isAfterTerm(Period period) {
    return !evergreen && period.firstDay().isAfter(endsOn);
  }

  /**
   * Why an invoice for {@code period} cannot be recorded, or empty when it can as far as the term
   * goes: a period results are recorded for, or one after a fixed-term contract's term, which
   * carries adjustments. Whether the period was settled is asked apart.
   */
  public Optional<String> refusesInvoiceFor(Period period, LocalDate today) {
    return isAfterTerm(period) && period.months() == cadence.months()
        ? Optional.empty()
        : refusesResultsFor(period, today);
  }

  /**
   * Whether the period can be settled on {@code today}: one of the term's ended periods, or an
   * ended period after the term, for the adjustments it carries.
   */
  public boolean isSettleable(Period period, LocalDate today) {
    return period.months() == cadence.months()
        && !period.lastDay().isBefore(startsOn)
        && period.lastDay().isBefore(today)
        && period.equals(Period.containing(period.firstDay(), cadence.months()));
  }

  /**
   * Why results for {@code period} cannot be recorded, or empty when they can: the contract must be
   * past its draft, the period one of its reporting periods within its term, and begun by {@code
   * today}.
   */
  public Optional<String> refusesResultsFor(Period period, LocalDate today) {
    if (status == ContractStatus.DRAFT) {
      return Optional.of("draft-contract");
    }
    if (period.months() != cadence.months()) {
      return Optional.of(cadence == Cadence.MONTHLY ? "monthly-contract" : "quarterly-contract");
    }
    if (period.lastDay().isBefore(startsOn) || (!evergreen && period.firstDay().isAfter(endsOn))) {
      return Optional.of("outside-term");
    }
    if (period.firstDay().isAfter(today)) {
      return Optional.of("future-period");
    }
    return Optional.empty();
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String reference() {
    return reference;
  }

  public long vendorId() {
    return vendorId;
  }

  public ContractScope scope() {
    return scope;
  }

  public Optional<String> scopeDetail() {
    return Optional.ofNullable(scopeDetail);
  }

  public String currency() {
    return currency;
  }

  /** How far an invoice may differ from the settled payout, in per cent, before it is flagged. */
  public BigDecimal invoiceTolerancePercent() {
    return invoiceTolerancePercent;
  }

  public int disputeWindowDays() {
    return disputeWindowDays;
  }

  /**
   * The last day on which leads delivered in the period can be returned for a credit: the
   * contract's dispute window counted from the period's last day.
   */
  public LocalDate disputeWindowCloses(Period delivery) {
    return delivery.lastDay().plusDays(disputeWindowDays);
  }

  /** Whether leads delivered in the period and returned on the day are credited. */
  public boolean creditsReturn(Period delivery, LocalDate returnedOn) {
    return !returnedOn.isAfter(disputeWindowCloses(delivery));
  }

  public List<KpiTarget> kpis() {
    return List.copyOf(kpis);
  }

  public ContractClauses clauses() {
    return clauses.copy();
  }

  public boolean hasExitPlan() {
    return exitPlan;
  }

  /** When the exit plan was last reviewed, if there is one and it was. */
  public Optional<LocalDate> exitPlanReviewedOn() {
    return Optional.ofNullable(exitPlanReviewedOn);
  }

  /** The channel or segment the contract sells in; empty for the whole business. */
  public String channel() {
    return channel == null ? "" : channel;
  }

  public Optional<String> exitPlanNote() {
    return Optional.ofNullable(exitPlanNote);
  }

  public ContractStatus status() {
    return status;
  }

  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
