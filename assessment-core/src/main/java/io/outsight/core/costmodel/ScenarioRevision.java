package io.outsight.core.costmodel;

import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.SalesOption;
import io.outsight.extension.api.report.ScenarioExpectation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * One saved calculation of a {@link CostScenario}, never changed: its inputs, to reopen it with,
 * and what each option came to, to compare and report on. The in-house alternative's monthly cost
 * is the in-house option's cost over the horizon spread evenly over its months, hiring and ramp
 * included, as that is what choosing in-house would have cost a month on average.
 */
@Entity
@Table(name = "cost_scenario_revision")
public class ScenarioRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cost_scenario_revision_seq")
  @SequenceGenerator(
      name = "cost_scenario_revision_seq",
      sequenceName = "cost_scenario_revision_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "scenario_id")
  private Long scenarioId;

  private int revision;

  private String name;

  @Column(name = "readiness_assessment_id")
  private Long readinessAssessmentId;

  private String inputs;

  @Column(name = "saved_by")
  private String savedBy;

  @Column(name = "saved_at")
  private Instant savedAt;

  private String currency;

  @Column(name = "horizon_months")
  private int horizonMonths;

  @Column(name = "in_house_monthly_cost")
  private BigDecimal inHouseMonthlyCost;

  @Enumerated(EnumType.STRING)
  @Column(name = "best_option")
  private SalesOption best;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cost_scenario_outcome", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "outcome_order")
  private List<ScenarioOutcome> outcomes = new ArrayList<>();

  protected ScenarioRevision() {}

  ScenarioRevision(
      CostScenario scenario, String inputs, CostModel model, String author, Instant at) {
    scenarioId = scenario.id();
    revision = scenario.latestRevision();
    name = scenario.name();
    readinessAssessmentId = scenario.readinessAssessmentId();
    this.inputs = inputs;
    savedBy = author;
    savedAt = at;
    horizonMonths = model.horizonMonths();
    CostComparison comparison = model.compare();
    Money inHouseCost = comparison.inHouse().totalCost();
    currency = inHouseCost.currency().getCurrencyCode();
    inHouseMonthlyCost =
        inHouseCost
            .amount()
            .divide(
                BigDecimal.valueOf(horizonMonths),
                inHouseCost.currency().getDefaultFractionDigits(),
                RoundingMode.HALF_EVEN);
    best = comparison.best();
    comparison
        .outcomes()
        .forEach(
            (option, outcome) ->
                outcomes.add(
                    new ScenarioOutcome(
                        option,
                        outcome,
                        comparison.crossovers().stream()
                            .filter(crossover -> crossover.outsourced() == option)
                            .findFirst())));
  }

  /**
   * What this revision expected of an outsourced option, for a contract that outsources it: the
   * lead-generation option where the scenario has one, else outsourced sales.
   */
  public ScenarioExpectation expectationFor(SalesOption outsourced) {
    SalesOption option =
        outcome(outsourced).isPresent() && outsourced != SalesOption.IN_HOUSE
            ? outsourced
            : SalesOption.OUTSOURCED_SALES;
    ScenarioOutcome expected = outcome(option).orElseThrow();
    return new ScenarioExpectation(
        scenarioId,
        name,
        revision,
        option,
        expected.costPerLead().map(this::money).orElse(null),
        expected.costPerDeal().map(this::money).orElse(null),
        outcome(SalesOption.IN_HOUSE)
            .flatMap(ScenarioOutcome::costPerDeal)
            .map(this::money)
            .orElse(null),
        inHouseMonthlyCost(),
        expected.leaderAtHorizon().orElseThrow(),
        expected.crossoverMonth().orElse(null));
  }

  public Optional<ScenarioOutcome> outcome(SalesOption option) {
    return outcomes.stream().filter(outcome -> outcome.option() == option).findFirst();
  }

  private Money money(BigDecimal amount) {
    return new Money(amount, Currency.getInstance(currency));
  }

  /** None until saved. */
  public Long id() {
    return id;
  }

  public Long scenarioId() {
    return scenarioId;
  }

  public int revision() {
    return revision;
  }

  public String name() {
    return name;
  }

  public Long readinessAssessmentId() {
    return readinessAssessmentId;
  }

  /** The inputs as the API states them. */
  public String inputs() {
    return inputs;
  }

  public String savedBy() {
    return savedBy;
  }

  public Instant savedAt() {
    return savedAt;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public int horizonMonths() {
    return horizonMonths;
  }

  public Money inHouseMonthlyCost() {
    return money(inHouseMonthlyCost);
  }

  public SalesOption best() {
    return best;
  }

  /** In the options' order, in-house first. */
  public List<ScenarioOutcome> outcomes() {
    return List.copyOf(outcomes);
  }
}
