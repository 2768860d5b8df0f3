package io.outsight.core.costmodel;

import io.outsight.extension.api.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** An option's months over the horizon, and what they add up to. */
public record OptionOutcome(List<MonthlyFigures> months) implements Serializable {

  public OptionOutcome {
    if (months.isEmpty()) {
      throw new IllegalArgumentException("an outcome covers at least one month");
    }
    months = List.copyOf(months);
  }

  /**
   * The first month in which gross profit so far covers cost so far, if it comes within the
   * horizon.
   */
  public Optional<Integer> breakEvenMonth() {
    return months.stream()
        .filter(MonthlyFigures::brokenEven)
        .map(MonthlyFigures::month)
        .findFirst();
  }

  public Money totalCost() {
    return last().cumulativeCost();
  }

  public Money totalRevenue() {
    return last().cumulativeRevenue();
  }

  public Money totalGrossProfit() {
    return last().cumulativeGrossProfit();
  }

  /** Gross profit less cost over the horizon. */
  public Money net() {
    return last().cumulativeNet();
  }

  public BigDecimal totalLeads() {
    return months.stream().map(MonthlyFigures::leads).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal totalDeals() {
    return months.stream().map(MonthlyFigures::deals).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Optional<Money> costPerLead() {
    return totalCost().per(totalLeads());
  }

  public Optional<Money> costPerDeal() {
    return totalCost().per(totalDeals());
  }

  private MonthlyFigures last() {
    return months.get(months.size() - 1);
  }
}
