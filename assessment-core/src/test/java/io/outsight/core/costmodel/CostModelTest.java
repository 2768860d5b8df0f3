package io.outsight.core.costmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.money.Percentage;
import io.outsight.extension.api.report.SalesOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The example used throughout: 100 leads a month, 20 % become meetings, 5 % become deals two months
 * later whoever works them, a deal is worth 10,000 EUR a year at a full margin; six months. Every
 * figure below is worked out by hand in the comment beside it.
 */
class CostModelTest {

  private static final PipelineAssumptions PIPELINE =
      new PipelineAssumptions(100, Percentage.of("20"), eur("10000"), 2, Percentage.HUNDRED);

  /**
   * Two reps (100 leads / 50 per rep), 4,000 a month each, 25 % overhead, 10 % commission, hired at
   * once, two months of ramp at half productivity, nobody leaving, no tools or management costed.
   */
  private static final InHouseTeam TEAM = team(0, 0, "0", "0");

  private static final OutsourcedOffer OFFER = offer("5", "0", 0, "100", "0");

  private static InHouseTeam team(
      int monthsToHire, int attrition, String toolsPerRep, String management) {
    return new InHouseTeam(
        eur("4000"),
        Percentage.of("10"),
        Percentage.of("25"),
        eur("6000"),
        monthsToHire,
        2,
        Percentage.of("50"),
        Percentage.of(String.valueOf(attrition)),
        50,
        100,
        Percentage.of("5"),
        eur(toolsPerRep),
        eur(management));
  }

  private static OutsourcedOffer offer(
      String conversion,
      String revenueShare,
      int rampMonths,
      String rampProductivity,
      String governance) {
    return new OutsourcedOffer(
        eur("5000"),
        eur("2000"),
        eur("20"),
        eur("50"),
        eur("500"),
        Percentage.of(revenueShare.equals("0") ? "5" : revenueShare),
        Percentage.of(conversion),
        rampMonths,
        Percentage.of(rampProductivity),
        eur(governance));
  }

  private static CostModel model(
      PipelineAssumptions pipeline, InHouseTeam team, OutsourcedOffer offer, int months) {
    return new CostModel(pipeline, team, offer, Optional.empty(), months);
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static List<String> column(
      OptionOutcome outcome, Function<MonthlyFigures, Money> figure) {
    return outcome.months().stream()
        .map(figure)
        .map(money -> money.amount().toPlainString())
        .toList();
  }

  @Test
  void inHouseRampsUpThenClosesOneSalesCycleLater() {
    OptionOutcome inHouse = model(PIPELINE, TEAM, OFFER, 6).compare().inHouse();

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
    // Cumulative cost 22,000 32,000 44,500 57,000 72,000 87,000: gross profit (all of the revenue
    // at a full margin) first covers it in month 5.
    assertThat(inHouse.breakEvenMonth()).contains(5);
    assertThat(inHouse.totalCost()).isEqualTo(eur("87000"));
    // 87,000 / 500 leads = 174; 87,000 / 15 deals = 5,800.
    assertThat(inHouse.costPerLead()).contains(eur("174.00"));
    assertThat(inHouse.costPerDeal()).contains(eur("5800.00"));
    assertThat(inHouse.net()).isEqualTo(eur("63000"));
  }

  @Test
  void outsourcedWorksEveryLeadFromTheFirstMonth() {
    OptionOutcome outsourced = model(PIPELINE, TEAM, OFFER, 6).compare().outsourced();

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

  /**
   * What a sales director adds: a month to hire, tools of 100 a seller and 1,000 a month of
   * management; a vendor converting 4 % (not our 5 %), working at half pace in its first month, and
   * taking 500 a month of our time to govern; a 60 % gross margin.
   */
  @Test
  void eachSideHasItsOwnConversionRampAndOverheadsAndTheMarginIsWhatPays() {
    PipelineAssumptions margin =
        new PipelineAssumptions(100, Percentage.of("20"), eur("10000"), 2, Percentage.of("60"));
    CostComparison comparison =
        model(margin, team(1, 0, "100", "1000"), offer("4", "0", 1, "50", "500"), 6).compare();

    // In-house. Month 1: nobody hired yet, no leads; management 1,000 + recruiting 2 x 6,000.
    // Months 2-3 ramp at 50 leads, months 4-6 at 100; cost 1,000 + payroll 10,000 + tools 200 =
    // 11,200 plus commission: deals 2.5 in months 4-5 (leads of months 2-3) and 5 in month 6.
    OptionOutcome inHouse = comparison.inHouse();
    assertThat(column(inHouse, MonthlyFigures::cost))
        .containsExactly("13000.00", "11200.00", "11200.00", "13700.00", "13700.00", "16200.00");
    // Gross profit 60 % of 25,000, 25,000 and 50,000 = 60,000 against a cost of 79,000.
    assertThat(inHouse.totalGrossProfit()).isEqualTo(eur("60000"));
    assertThat(inHouse.net()).isEqualTo(eur("-19000"));
    assertThat(inHouse.breakEvenMonth()).isEmpty();

    // Outsourced. Month 1: 50 leads (ramp), 10 meetings: 2,000 + 1,000 + 500 + governance 500 +
    // setup 5,000 = 9,000. Month 2: 100 leads: 2,000 + 2,000 + 1,000 + 500 = 5,500. Month 3: 4 % of
    // month 1's 50 leads = 2 deals, 20,000: 5,500 + 1,000 + 1,000 = 7,500. Months 4-6: 4 deals,
    // 40,000: 5,500 + 2,000 + 2,000 = 9,500.
    OptionOutcome outsourced = comparison.outsourced();
    assertThat(column(outsourced, MonthlyFigures::cost))
        .containsExactly("9000.00", "5500.00", "7500.00", "9500.00", "9500.00", "9500.00");
    // Gross profit 60 % of 140,000 = 84,000 against 50,500; it covers the cost from month 4
    // (36,000 against 31,500).
    assertThat(outsourced.net()).isEqualTo(eur("33500"));
    assertThat(outsourced.breakEvenMonth()).contains(4);
  }

  /**
   * Lead generation only: one closer (100 leads / 100 a closer) takes the vendor's leads and closes
   * 6 % of them. The vendor charges 2,000 setup, 1,000 a month and 30 a lead, starts once the
   * closer is hired (after a month) and takes 500 a month to govern.
   */
  @Test
  void leadGenerationHandsTheVendorsLeadsToOurOwnClosers() {
    OutsourcedOffer leads =
        new OutsourcedOffer(
            eur("2000"),
            eur("1000"),
            eur("30"),
            eur("0"),
            eur("0"),
            Percentage.ZERO,
            Percentage.of("6"),
            0,
            Percentage.HUNDRED,
            eur("500"));
    PipelineAssumptions margin =
        new PipelineAssumptions(100, Percentage.of("20"), eur("10000"), 2, Percentage.of("60"));
    CostModel model =
        new CostModel(
            margin,
            team(1, 0, "100", "1000"),
            offer("4", "0", 1, "50", "500"),
            Optional.of(leads),
            6);
    OptionOutcome leadGeneration = model.compare().leadGeneration().orElseThrow();

    assertThat(model.closersNeeded()).isEqualTo(1);
    assertThat(leadGeneration.months())
        .extracting(m -> m.leads().stripTrailingZeros().toPlainString())
        .containsExactly("0", "100", "100", "100", "100", "100");
    // Month 1: management 1,000 + recruiting 6,000. Month 2: the closer 4,000 x 1.25 + tools 100 +
    // management 1,000 = 6,100; the vendor 1,000 + 100 x 30 + 500 + setup 2,000 = 6,500. Month 3:
    // 6,100 + 4,500. Months 4-6: 6 deals (6 % of 100), 60,000, commission 6,000.
    assertThat(column(leadGeneration, MonthlyFigures::cost))
        .containsExactly("7000.00", "12600.00", "10600.00", "16600.00", "16600.00", "16600.00");
    // Gross profit 60 % of 180,000 = 108,000 against 80,000.
    assertThat(leadGeneration.net()).isEqualTo(eur("28000"));
    assertThat(model.compare().best()).isEqualTo(SalesOption.OUTSOURCED_SALES);
  }

  /**
   * A vendor taking half the revenue: it leads early, in-house overtakes it in month 6. Cumulative
   * nets: in-house -22,000 -32,000 -19,500 -7,000 28,000 63,000; outsourced (months 3-6 cost 5,000
   * + 2,500 + 25,000 = 32,500 against 50,000) -10,000 -15,000 2,500 20,000 37,500 55,000.
   */
  @Test
  void theCrossoverMonthIsWhenTheLeaderAtTheHorizonGoesAheadForGood() {
    CostComparison comparison = model(PIPELINE, TEAM, offer("5", "50", 0, "100", "0"), 6).compare();

    assertThat(comparison.outsourced().net()).isEqualTo(eur("55000"));
    assertThat(comparison.crossovers())
        .singleElement()
        .satisfies(
            crossover -> {
              assertThat(crossover.leaderAtHorizon()).isEqualTo(SalesOption.IN_HOUSE);
              assertThat(crossover.month()).contains(6);
            });
    // The plain offer leads from the first month: no crossover month.
    assertThat(model(PIPELINE, TEAM, OFFER, 6).compare().crossovers().get(0).month()).isEmpty();
  }

  /**
   * One month, deals closing at once, one rep for up to 1,000 leads, no ramp: in-house nets 5 % x
   * 10,000 x 90 % = 450 a lead less 5,000 payroll and 6,000 recruiting; a vendor charging only 100
   * a lead nets 400 a lead. In-house comes out ahead (a tie counts for it, as it keeps the
   * knowledge) where 450v - 11,000 >= 400v: from 220 leads a month.
   */
  @Test
  void theCrossoverVolumeIsWhereInHouseComesOutAhead() {
    PipelineAssumptions atOnce =
        new PipelineAssumptions(100, Percentage.of("20"), eur("10000"), 0, Percentage.HUNDRED);
    InHouseTeam oneRep =
        new InHouseTeam(
            eur("4000"),
            Percentage.of("10"),
            Percentage.of("25"),
            eur("6000"),
            0,
            0,
            Percentage.HUNDRED,
            Percentage.ZERO,
            1000,
            1000,
            Percentage.of("5"),
            eur("0"),
            eur("0"));
    OutsourcedOffer perLead =
        new OutsourcedOffer(
            eur("0"),
            eur("0"),
            eur("100"),
            eur("0"),
            eur("0"),
            Percentage.ZERO,
            Percentage.of("5"),
            0,
            Percentage.HUNDRED,
            eur("0"));

    Crossover crossover = model(atOnce, oneRep, perLead, 1).compare().crossovers().get(0);

    assertThat(crossover.leaderAtHorizon()).isEqualTo(SalesOption.OUTSOURCED_SALES);
    assertThat(crossover.volume())
        .contains(new Crossover.VolumeShift(220, true, SalesOption.IN_HOUSE));
    // With 300 leads today it is the other way round: the vendor comes out ahead at 219 or fewer.
    assertThat(
            model(atOnce.withLeads(300), oneRep, perLead, 1).compare().crossovers().get(0).volume())
        .contains(new Crossover.VolumeShift(219, false, SalesOption.OUTSOURCED_SALES));
    // The base example: in-house (1,350v - 36,000 a rep) never catches the vendor (1,620v - 17,000)
    // at one lead a month or more.
    assertThat(model(PIPELINE, TEAM, OFFER, 6).compare().crossovers().get(0).volume()).isEmpty();
  }

  /**
   * Each factor moved 20 % down and up on its own side. Over six months in-house nets 1,350v -
   * 36,000 x reps and the vendor 1,620v - 17,000 (v leads a month): at 80 leads 36,000 and 112,600,
   * at 120 leads (3 reps) 54,000 and 177,400. Vendor fees (55,000 in all) x 0.8 and x 1.2: 156,000
   * and 134,000. Vendor conversion 4 % (16 deals, cost 51,000) and 6 % (24 deals, cost 59,000):
   * 109,000 and 181,000. Attrition is 0, so moving it changes nothing.
   */
  @Test
  void theSensitivityMovesEachOptionsOwnInputsAndTheTornadoOrdersTheSwings() {
    CostComparison comparison = model(PIPELINE, TEAM, OFFER, 6).compare();

    assertThat(comparison.sensitivity()).hasSize(8);
    SensitivityRow fewerLeads = comparison.sensitivity().get(0);
    assertThat(fewerLeads.factor()).isEqualTo(SensitivityFactor.VOLUME);
    assertThat(fewerLeads.change()).isEqualTo(Percentage.of("-20"));
    assertThat(fewerLeads.nets().get(SalesOption.IN_HOUSE)).isEqualTo(eur("36000"));
    assertThat(fewerLeads.nets().get(SalesOption.OUTSOURCED_SALES)).isEqualTo(eur("112600"));
    assertThat(fewerLeads.leader()).isEqualTo(SalesOption.OUTSOURCED_SALES);

    assertThat(comparison.tornado())
        .extracting(
            TornadoBar::factor,
            bar -> bar.whenLower().amount().intValue(),
            bar -> bar.whenHigher().amount().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SensitivityFactor.VENDOR_CONVERSION, 46000, 118000),
            org.assertj.core.groups.Tuple.tuple(SensitivityFactor.VOLUME, 76600, 123400),
            org.assertj.core.groups.Tuple.tuple(SensitivityFactor.VENDOR_FEES, 93000, 71000),
            org.assertj.core.groups.Tuple.tuple(SensitivityFactor.ATTRITION, 82000, 82000));
  }

  /** A vendor taking 90 % of the revenue: 20 % more fees is all of it, not an error. */
  @Test
  void movedFeesAndConversionStopAtAHundredPercent() {
    CostComparison comparison =
        model(PIPELINE, TEAM, offer("90", "90", 0, "100", "0"), 6).compare();

    SensitivityRow higherFees =
        comparison.sensitivity().stream()
            .filter(
                row ->
                    row.factor() == SensitivityFactor.VENDOR_FEES
                        && row.change().value().signum() > 0)
            .findFirst()
            .orElseThrow();
    // 90 % conversion: 90 deals a month from month 3, 900,000 revenue, all of it the vendor's with
    // the fees 20 % higher; the other fees (6,000 + 14,400 + 14,400 + 7,200 + 360 x 600) come on
    // top: a net of -258,000.
    assertThat(higherFees.nets().get(SalesOption.OUTSOURCED_SALES)).isEqualTo(eur("-258000"));
  }

  @Test
  void attritionCostsReplacementsAndTheirRamp() {
    OptionOutcome inHouse = model(PIPELINE, team(0, 24, "0", "0"), OFFER, 3).compare().inHouse();

    // 2 reps x 24 % / 12 = 0.04 replacements a month, each recruited for 6,000: 240 a month from
    // month 2.
    assertThat(column(inHouse, MonthlyFigures::cost)).startsWith("22000.00", "10240.00");
    // After the ramp, 24 % / 12 x 2 ramp months x 50 % lacking = 2 % of capacity is a replacement
    // ramping.
    assertThat(inHouse.months().get(2).leads()).isEqualByComparingTo("98");
  }

  @Test
  void noLeadsMeansNoCostPerLeadRatherThanADivisionByZero() {
    OptionOutcome outsourced = model(PIPELINE.withLeads(0), TEAM, OFFER, 6).compare().outsourced();

    assertThat(outsourced.costPerLead()).isEmpty();
    assertThat(outsourced.breakEvenMonth()).isEmpty();
  }

  @Test
  void refusesImpossibleInputs() {
    assertThatThrownBy(
            () ->
                new PipelineAssumptions(100, Percentage.of("120"), eur("1"), 1, Percentage.HUNDRED))
        .hasMessageContaining("lead-to-meeting conversion");
    assertThatThrownBy(
            () ->
                new PipelineAssumptions(
                    100, Percentage.of("20"), eur("1"), 1, Percentage.of("101")))
        .hasMessageContaining("gross margin");
    assertThatThrownBy(() -> offer("130", "0", 0, "100", "0"))
        .hasMessageContaining("vendor lead-to-deal conversion");
    assertThatThrownBy(() -> model(PIPELINE, TEAM, OFFER, 0)).hasMessageContaining("horizon");
    assertThat(model(PIPELINE, TEAM, OFFER, CostModel.DEFAULT_HORIZON_MONTHS).repsNeeded())
        .isEqualTo(2);
  }
}
