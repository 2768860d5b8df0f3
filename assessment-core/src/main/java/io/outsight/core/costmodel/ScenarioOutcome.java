package io.outsight.core.costmodel;

import io.outsight.extension.api.report.SalesOption;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What one option came to over a revision's horizon, kept with the revision so that reports and
 * comparisons show the figures the decision was made on, whatever the model computes later. For an
 * outsourced option, also where it and in-house change places.
 */
@Embeddable
public class ScenarioOutcome implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "sales_option")
  private SalesOption option;

  @Column(name = "total_cost")
  private BigDecimal totalCost;

  private BigDecimal net;

  @Column(name = "cost_per_lead")
  private BigDecimal costPerLead;

  @Column(name = "cost_per_deal")
  private BigDecimal costPerDeal;

  @Column(name = "break_even_month")
  private Integer breakEvenMonth;

  @Enumerated(EnumType.STRING)
  @Column(name = "leader_at_horizon")
  private SalesOption leaderAtHorizon;

  @Column(name = "crossover_month")
  private Integer crossoverMonth;

  protected ScenarioOutcome() {}

  ScenarioOutcome(SalesOption option, OptionOutcome outcome, Optional<Crossover> crossover) {
    this.option = option;
    totalCost = outcome.totalCost().amount();
    net = outcome.net().amount();
    costPerLead = outcome.costPerLead().map(money -> money.amount()).orElse(null);
    costPerDeal = outcome.costPerDeal().map(money -> money.amount()).orElse(null);
    breakEvenMonth = outcome.breakEvenMonth().orElse(null);
    leaderAtHorizon = crossover.map(Crossover::leaderAtHorizon).orElse(null);
    crossoverMonth = crossover.flatMap(Crossover::month).orElse(null);
  }

  public SalesOption option() {
    return option;
  }

  public BigDecimal totalCost() {
    return totalCost;
  }

  public BigDecimal net() {
    return net;
  }

  /** None when the option works no leads. */
  public Optional<BigDecimal> costPerLead() {
    return Optional.ofNullable(costPerLead);
  }

  /** None when the option closes no deals within the horizon. */
  public Optional<BigDecimal> costPerDeal() {
    return Optional.ofNullable(costPerDeal);
  }

  public Optional<Integer> breakEvenMonth() {
    return Optional.ofNullable(breakEvenMonth);
  }

  /** For an outsourced option, which of it and in-house nets more at the horizon. */
  public Optional<SalesOption> leaderAtHorizon() {
    return Optional.ofNullable(leaderAtHorizon);
  }

  /**
   * For an outsourced option, the month from which that leader stays ahead, if not from month 1.
   */
  public Optional<Integer> crossoverMonth() {
    return Optional.ofNullable(crossoverMonth);
  }
}
