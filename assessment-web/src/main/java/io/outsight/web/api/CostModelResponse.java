package io.outsight.web.api;

import io.outsight.core.costmodel.CostComparison;
import io.outsight.core.costmodel.Crossover;
import io.outsight.core.costmodel.MonthlyFigures;
import io.outsight.core.costmodel.OptionOutcome;
import io.outsight.core.costmodel.SensitivityFactor;
import io.outsight.core.costmodel.SensitivityRow;
import io.outsight.core.costmodel.TornadoBar;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.SalesOption;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every option over the horizon, where the outsourced ones and in-house change places, the
 * sensitivity and the tornado; amounts in the request's currency, leads and deals as expected
 * values, nets as gross profit less cost.
 */
public record CostModelResponse(
    String currency,
    Option inHouse,
    Option outsourced,
    Option leadGeneration,
    SalesOption best,
    List<CrossoverBody> crossovers,
    List<Sensitivity> sensitivity,
    List<Tornado> tornado) {

  static CostModelResponse of(String currency, CostComparison comparison) {
    return new CostModelResponse(
        currency,
        Option.of(comparison.inHouse()),
        Option.of(comparison.outsourced()),
        comparison.leadGeneration().map(Option::of).orElse(null),
        comparison.best(),
        comparison.crossovers().stream().map(CrossoverBody::of).toList(),
        comparison.sensitivity().stream().map(Sensitivity::of).toList(),
        comparison.tornado().stream().map(Tornado::of).toList());
  }

  /** One option: break-even month (null when not within the horizon), totals, and every month. */
  @Schema(name = "CostModelOption")
  public record Option(
      Integer breakEvenMonth,
      BigDecimal totalCost,
      BigDecimal totalRevenue,
      BigDecimal totalGrossProfit,
      BigDecimal net,
      BigDecimal costPerLead,
      BigDecimal costPerDeal,
      List<Month> months) {

    static Option of(OptionOutcome outcome) {
      return new Option(
          outcome.breakEvenMonth().orElse(null),
          outcome.totalCost().amount(),
          outcome.totalRevenue().amount(),
          outcome.totalGrossProfit().amount(),
          outcome.net().amount(),
          outcome.costPerLead().map(Money::amount).orElse(null),
          outcome.costPerDeal().map(Money::amount).orElse(null),
          outcome.months().stream().map(Month::of).toList());
    }
  }

  @Schema(name = "CostModelMonth")
  public record Month(
      int month,
      BigDecimal leads,
      BigDecimal deals,
      BigDecimal cost,
      BigDecimal revenue,
      BigDecimal grossProfit,
      BigDecimal cumulativeCost,
      BigDecimal cumulativeRevenue,
      BigDecimal cumulativeGrossProfit) {

    static Month of(MonthlyFigures figures) {
      return new Month(
          figures.month(),
          figures.leads(),
          figures.deals(),
          figures.cost().amount(),
          figures.revenue().amount(),
          figures.grossProfit().amount(),
          figures.cumulativeCost().amount(),
          figures.cumulativeRevenue().amount(),
          figures.cumulativeGrossProfit().amount());
    }
  }

  /**
   * Where an outsourced option and in-house change places: the month from which the leader at the
   * horizon stays ahead (null if it led throughout), and the volume nearest today's at which the
   * other would net more (null if none within ten times today's): from that volume up when {@code
   * orMore}, else at it or fewer.
   */
  public record CrossoverBody(
      SalesOption outsourced,
      SalesOption leaderAtHorizon,
      Integer month,
      Integer volume,
      Boolean orMore,
      SalesOption leaderBeyondVolume) {

    static CrossoverBody of(Crossover crossover) {
      return new CrossoverBody(
          crossover.outsourced(),
          crossover.leaderAtHorizon(),
          crossover.month().orElse(null),
          crossover.volume().map(Crossover.VolumeShift::leadsPerMonth).orElse(null),
          crossover.volume().map(Crossover.VolumeShift::orMore).orElse(null),
          crossover.volume().map(Crossover.VolumeShift::leader).orElse(null));
    }
  }

  /** Each option's net when one factor moves by a percentage, and the option then leading. */
  public record Sensitivity(
      SensitivityFactor factor,
      BigDecimal change,
      @Schema(
              type = SchemaType.OBJECT,
              description = "Each option's net, by the option's name",
              additionalProperties = BigDecimal.class)
          Map<SalesOption, BigDecimal> nets,
      SalesOption leader) {

    static Sensitivity of(SensitivityRow row) {
      Map<SalesOption, BigDecimal> nets = new TreeMap<>();
      row.nets().forEach((option, net) -> nets.put(option, net.amount()));
      return new Sensitivity(row.factor(), row.change().value(), nets, row.leader());
    }
  }

  /**
   * An outsourced option's advantage over in-house (its net less in-house's) with one factor 20 %
   * lower and higher.
   */
  public record Tornado(
      SensitivityFactor factor,
      SalesOption outsourced,
      BigDecimal whenLower,
      BigDecimal whenHigher) {

    static Tornado of(TornadoBar bar) {
      return new Tornado(
          bar.factor(), bar.outsourced(), bar.whenLower().amount(), bar.whenHigher().amount());
    }
  }
}
