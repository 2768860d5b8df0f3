package io.outsight.core.costmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.money.Money;
import io.outsight.core.money.Percentage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example used throughout: 100 leads a month, 20 % become meetings, 5 % become deals two months
 * later, a deal is worth 10,000 EUR a year; six months.
 */
class CostModelTest {

  private static final PipelineAssumptions PIPELINE =
      new PipelineAssumptions(100, Percentage.of("20"), Percentage.of("5"), eur("10000"), 2);

  /** Two reps (100 leads / 50 per rep), 4,000 a month each, 25 % overhead, 10 % commission. */
  private static final InHouseTeam TEAM =
      new InHouseTeam(
          eur("4000"),
          Percentage.of("10"),
          Percentage.of("25"),
          eur("6000"),
          2,
          Percentage.of("50"),
          Percentage.ZERO,
          50);

  private static final OutsourcedOffer OFFER =
      new OutsourcedOffer(
          eur("5000"), eur("2000"), eur("20"), eur("50"), eur("500"), Percentage.of("5"));

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static List<String> column(
      OptionOutcome outcome, java.util.function.Function<MonthlyFigures, Money> figure) {
    return outcome.months().stream()
        .map(figure)
        .map(money -> money.amount().toPlainString())
        .toList();
  }

  @Test
  void inHouseRampsUpThenClosesOneSalesCycleLater() {
    OptionOutcome inHouse = new CostModel(PIPELINE, TEAM, OFFER, 6).compare().inHouse();

    // Leads: 50 % productivity in ramp months 1-2, then all 100.
    assertThat(inHouse.months())
        .extracting(m -> m.leads().stripTrailingZeros().toPlainString())
        .containsExactly("50", "50", "100", "100", "100", "100");
    // Deals close two months after their leads: 5 % of 50, 50, 100, 100 from month 3.
    assertThat(inHouse.months())
        .extracting(m -> m.deals().stripTrailingZeros().toPlainString())
        .containsExactly("0", "0", "2.5", "2.5", "5", "5");
    // Payroll 2 x 4,000 x 1.25 = 10,000; month 1 adds recruiting 2 x 6,000 = 12,000;
    // commission is 10 % of revenue (2.5 x 10,000 = 25,000 -> 2,500; 5 x 10,000 = 50,000 -> 5,000).
    assertThat(column(inHouse, MonthlyFigures::cost))
        .containsExactly("22000.00", "10000.00", "12500.00", "12500.00", "15000.00", "15000.00");
    assertThat(column(inHouse, MonthlyFigures::cumulativeRevenue))
        .containsExactly("0.00", "0.00", "25000.00", "50000.00", "100000.00", "150000.00");
    // Cumulative cost 22,000 32,000 44,500 57,000 72,000 87,000: revenue first covers it in month
    // 5.
    assertThat(inHouse.breakEvenMonth()).contains(5);
    assertThat(inHouse.totalCost()).isEqualTo(eur("87000"));
    // 87,000 / 500 leads = 174; 87,000 / 15 deals = 5,800.
    assertThat(inHouse.costPerLead()).contains(eur("174.00"));
    assertThat(inHouse.costPerDeal()).contains(eur("5800.00"));
    assertThat(inHouse.net()).isEqualTo(eur("63000"));
  }

  @Test
  void outsourcedWorksEveryLeadFromTheFirstMonth() {
    OptionOutcome outsourced = new CostModel(PIPELINE, TEAM, OFFER, 6).compare().outsourced();

    // Month 1: setup 5,000 + retainer 2,000 + 100 leads x 20 + 20 meetings x 50 = 10,000.
    // Month 2: the same without setup = 5,000.
    // Months 3-6: 5,000 + 5 deals x 500 + 5 % of 50,000 revenue = 10,000.
    assertThat(column(outsourced, MonthlyFigures::cost))
        .containsExactly("10000.00", "5000.00", "10000.00", "10000.00", "10000.00", "10000.00");
    // Cumulative: cost 10,000 15,000 25,000; revenue 0 0 50,000: break-even in month 3.
    assertThat(outsourced.breakEvenMonth()).contains(3);
    // 55,000 / 600 leads = 91.666... -> 91.67; 55,000 / 20 deals = 2,750.
    assertThat(outsourced.costPerLead()).contains(eur("91.67"));
    assertThat(outsourced.costPerDeal()).contains(eur("2750.00"));
    assertThat(outsourced.net()).isEqualTo(eur("145000"));
  }

  @Test
  void attritionCostsReplacementsAndTheirRamp() {
    InHouseTeam leaving =
        new InHouseTeam(
            eur("4000"),
            Percentage.of("10"),
            Percentage.of("25"),
            eur("6000"),
            2,
            Percentage.of("50"),
            Percentage.of("24"),
            50);
    OptionOutcome inHouse = new CostModel(PIPELINE, leaving, OFFER, 3).compare().inHouse();

    // 2 reps x 24 % / 12 = 0.04 replacements a month, each recruited for 6,000: 240 a month from
    // month 2.
    assertThat(column(inHouse, MonthlyFigures::cost)).startsWith("22000.00", "10240.00");
    // After the ramp, 24 % / 12 x 2 ramp months x 50 % lacking = 2 % of capacity is a replacement
    // ramping.
    assertThat(inHouse.months().get(2).leads()).isEqualByComparingTo("98");
  }

  @Test
  void sensitivityVariesDealValueAndConversionByTwentyPercent() {
    CostComparison comparison = new CostModel(PIPELINE, TEAM, OFFER, 6).compare();

    assertThat(comparison.sensitivity()).hasSize(9);
    SensitivityCell base = comparison.sensitivity().get(4);
    assertThat(base.acvChange()).isEqualTo(Percentage.ZERO);
    assertThat(base.outsourcedNet()).isEqualTo(eur("145000"));
    // ACV +20 %: 12,000 a deal, 20 deals = 240,000; revenue share 5 % of 60,000 = 3,000 in months
    // 3-6,
    // so cost 10,000 + 5,000 + 4 x 10,500 = 57,000 and net 183,000.
    SensitivityCell higherAcv =
        comparison.sensitivity().stream()
            .filter(
                cell ->
                    cell.acvChange().value().intValue() == 20
                        && cell.conversionChange().value().signum() == 0)
            .findFirst()
            .orElseThrow();
    assertThat(higherAcv.outsourcedNet()).isEqualTo(eur("183000"));
  }

  @Test
  void noLeadsMeansNoCostPerLeadRatherThanADivisionByZero() {
    PipelineAssumptions empty =
        new PipelineAssumptions(0, Percentage.of("20"), Percentage.of("5"), eur("10000"), 2);
    OptionOutcome outsourced = new CostModel(empty, TEAM, OFFER, 6).compare().outsourced();

    assertThat(outsourced.costPerLead()).isEmpty();
    assertThat(outsourced.breakEvenMonth()).isEmpty();
  }

  @Test
  void refusesImpossibleInputs() {
    assertThatThrownBy(
            () ->
                new PipelineAssumptions(100, Percentage.of("120"), Percentage.of("5"), eur("1"), 1))
        .hasMessageContaining("lead-to-meeting conversion");
    assertThatThrownBy(() -> new CostModel(PIPELINE, TEAM, OFFER, 0))
        .hasMessageContaining("horizon");
    assertThat(new CostModel(PIPELINE, TEAM, OFFER, CostModel.DEFAULT_HORIZON_MONTHS).repsNeeded())
        .isEqualTo(2);
  }
}
