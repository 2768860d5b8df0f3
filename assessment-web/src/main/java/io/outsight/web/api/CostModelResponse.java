package io.outsight.web.api;

import io.outsight.core.costmodel.CostComparison;
import io.outsight.core.costmodel.MonthlyFigures;
import io.outsight.core.costmodel.OptionOutcome;
import io.outsight.core.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Both options over the horizon; amounts in the request's currency, leads and deals as expected
 * values.
 */
public record CostModelResponse(
    String currency, Option inHouse, Option outsourced, List<Sensitivity> sensitivity) {

  static CostModelResponse of(String currency, CostComparison comparison) {
    return new CostModelResponse(
        currency,
        Option.of(comparison.inHouse()),
        Option.of(comparison.outsourced()),
        comparison.sensitivity().stream()
            .map(
                cell ->
                    new Sensitivity(
                        cell.acvChange().value(),
                        cell.conversionChange().value(),
                        cell.inHouseNet().amount(),
                        cell.outsourcedNet().amount()))
            .toList());
  }

  /** One option: break-even month (null when not within the horizon), totals, and every month. */
  public record Option(
      Integer breakEvenMonth,
      BigDecimal totalCost,
      BigDecimal totalRevenue,
      BigDecimal net,
      BigDecimal costPerLead,
      BigDecimal costPerDeal,
      List<Month> months) {

    static Option of(OptionOutcome outcome) {
      return new Option(
          outcome.breakEvenMonth().orElse(null),
          outcome.totalCost().amount(),
          outcome.totalRevenue().amount(),
          outcome.net().amount(),
          outcome.costPerLead().map(Money::amount).orElse(null),
          outcome.costPerDeal().map(Money::amount).orElse(null),
          outcome.months().stream().map(Month::of).toList());
    }
  }

  public record Month(
      int month,
      BigDecimal leads,
      BigDecimal deals,
      BigDecimal cost,
      BigDecimal revenue,
      BigDecimal cumulativeCost,
      BigDecimal cumulativeRevenue) {

    static Month of(MonthlyFigures figures) {
      return new Month(
          figures.month(),
          figures.leads(),
          figures.deals(),
          figures.cost().amount(),
          figures.revenue().amount(),
          figures.cumulativeCost().amount(),
          figures.cumulativeRevenue().amount());
    }
  }

  /** Net result of each option when ACV and conversion change by these percentages. */
  public record Sensitivity(
      BigDecimal acvChange,
      BigDecimal conversionChange,
      BigDecimal inHouseNet,
      BigDecimal outsourcedNet) {}
}
