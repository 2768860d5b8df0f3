package io.outsight.core.costmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.contract.Contract;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.contract.TermSheets;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.money.Percentage;
import io.outsight.extension.api.report.SalesOption;
import io.outsight.extension.api.report.ScenarioExpectation;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scenarios keep what the cost model computed when they were saved. The figures are those worked
 * out by hand in {@link CostModelTest}: 100 leads a month, two reps, six months.
 */
class CostScenarioTest {

  private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

  private static final PipelineAssumptions PIPELINE =
      new PipelineAssumptions(100, Percentage.of("20"), eur("10000"), 2, Percentage.HUNDRED);

  private static final InHouseTeam TEAM =
      new InHouseTeam(
          eur("4000"),
          Percentage.of("10"),
          Percentage.of("25"),
          eur("6000"),
          0,
          2,
          Percentage.of("50"),
          Percentage.ZERO,
          50,
          100,
          Percentage.of("5"),
          eur("0"),
          eur("0"));

  private static OutsourcedOffer offer(String revenueShare) {
    return new OutsourcedOffer(
        eur("5000"),
        eur("2000"),
        eur("20"),
        eur("50"),
        eur("500"),
        Percentage.of(revenueShare),
        Percentage.of("5"),
        0,
        Percentage.HUNDRED,
        eur("0"));
  }

  private static final OutsourcedOffer LEADS_ONLY =
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
          eur("0"));

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static CostModel model(String revenueShare, Optional<OutsourcedOffer> leadGeneration) {
    return new CostModel(PIPELINE, TEAM, offer(revenueShare), leadGeneration, 6);
  }

  @Test
  void aRevisionKeepsEveryOptionsFiguresAndTheInHouseCostAMonth() {
    CostScenario scenario = CostScenario.named("Nordics 2027", "procurement", NOW);
    ScenarioRevision first =
        scenario.revise(
            "Nordics 2027", null, "{}", model("5", Optional.empty()), "procurement", NOW);

    assertThat(first.revision()).isEqualTo(1);
    // In-house costs 87,000 over six months: 14,500 a month on average.
    assertThat(first.inHouseMonthlyCost()).isEqualTo(eur("14500.00"));
    assertThat(first.best()).isEqualTo(SalesOption.OUTSOURCED_SALES);
    ScenarioOutcome outsourced = first.outcome(SalesOption.OUTSOURCED_SALES).orElseThrow();
    assertThat(outsourced.totalCost()).isEqualByComparingTo("55000");
    assertThat(outsourced.net()).isEqualByComparingTo("145000");
    assertThat(outsourced.costPerLead()).contains(new java.math.BigDecimal("91.67"));
    assertThat(outsourced.costPerDeal()).contains(new java.math.BigDecimal("2750.00"));
    assertThat(outsourced.breakEvenMonth()).contains(3);
    // The plain offer leads from the first month: no crossover month.
    assertThat(outsourced.leaderAtHorizon()).contains(SalesOption.OUTSOURCED_SALES);
    assertThat(outsourced.crossoverMonth()).isEmpty();
    assertThat(first.outcome(SalesOption.IN_HOUSE).orElseThrow().leaderAtHorizon()).isEmpty();
    assertThat(first.outcome(SalesOption.OUTSOURCED_LEAD_GENERATION)).isEmpty();
  }

  @Test
  void eachSaveIsANewRevisionAndTheEarlierOnesStayAsTheyWere() {
    CostScenario scenario = CostScenario.named("Nordics 2027", "procurement", NOW);
    ScenarioRevision first =
        scenario.revise("Nordics 2027", null, "{}", model("5", Optional.empty()), "anna", NOW);
    // A vendor taking half the revenue: in-house overtakes it in month 6 (CostModelTest).
    ScenarioRevision second =
        scenario.revise(
            "Nordics 2027, half the revenue",
            42L,
            "{}",
            model("50", Optional.empty()),
            "bert",
            NOW.plusSeconds(60));

    assertThat(scenario.latestRevision()).isEqualTo(2);
    assertThat(scenario.name()).isEqualTo("Nordics 2027, half the revenue");
    assertThat(scenario.readinessAssessmentId()).isEqualTo(42L);
    assertThat(second.revision()).isEqualTo(2);
    assertThat(second.savedBy()).isEqualTo("bert");
    assertThat(second.best()).isEqualTo(SalesOption.IN_HOUSE);
    assertThat(second.outcome(SalesOption.OUTSOURCED_SALES).orElseThrow().crossoverMonth())
        .contains(6);
    assertThat(first.name()).isEqualTo("Nordics 2027");
    assertThat(first.readinessAssessmentId()).isNull();
    assertThat(first.best()).isEqualTo(SalesOption.OUTSOURCED_SALES);
  }

  @Test
  void aContractIsHeldToTheOptionItOutsources() {
    ScenarioRevision revision =
        CostScenario.named("Both offers", "procurement", NOW)
            .revise("Both offers", null, "{}", model("5", Optional.of(LEADS_ONLY)), "anna", NOW);

    ScenarioExpectation fullSales = revision.expectationFor(SalesOption.OUTSOURCED_SALES);
    assertThat(fullSales.option()).isEqualTo(SalesOption.OUTSOURCED_SALES);
    assertThat(fullSales.costPerDeal()).isEqualTo(eur("2750.00"));
    assertThat(fullSales.inHouseCostPerDeal()).isEqualTo(eur("5800.00"));
    assertThat(fullSales.inHouseMonthlyCost()).isEqualTo(eur("14500.00"));
    assertThat(fullSales.crossoverMonth()).isNull();

    ScenarioExpectation leads = revision.expectationFor(SalesOption.OUTSOURCED_LEAD_GENERATION);
    assertThat(leads.option()).isEqualTo(SalesOption.OUTSOURCED_LEAD_GENERATION);
    assertThat(leads.costPerLead())
        .isEqualTo(
            revision
                .outcome(SalesOption.OUTSOURCED_LEAD_GENERATION)
                .flatMap(ScenarioOutcome::costPerLead)
                .map(amount -> new Money(amount, eur("0").currency()))
                .orElseThrow());

    // Without a lead-generation offer, a lead-generation contract is held to outsourced sales.
    ScenarioRevision salesOnly =
        CostScenario.named("Sales only", "procurement", NOW)
            .revise("Sales only", null, "{}", model("5", Optional.empty()), "anna", NOW);
    assertThat(salesOnly.expectationFor(SalesOption.OUTSOURCED_LEAD_GENERATION).option())
        .isEqualTo(SalesOption.OUTSOURCED_SALES);
  }

  @Test
  void aScenarioNeedsANamePlainAndNotTooLong() {
    assertThatThrownBy(() -> CostScenario.named("  ", "procurement", NOW))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.rule()).isEqualTo("scenario.name-required"));
    assertThatThrownBy(() -> CostScenario.named("x".repeat(201), "procurement", NOW))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.rule()).isEqualTo("text.too-long"));
  }

  @Test
  void aLinkedContractTakesItsInHouseAlternativeFromTheScenarioInItsOwnCurrency() {
    ScenarioRevision revision =
        CostScenario.named("Nordics 2027", "procurement", NOW)
            .revise("Nordics 2027", null, "{}", model("5", Optional.empty()), "anna", NOW);
    TermSheet sheet = TermSheets.leadGeneration("ACME-1");
    sheet.setInHouseMonthlyCost(new java.math.BigDecimal("999"));
    Contract contract = Contract.draft(7L, sheet, "procurement", NOW);

    contract.takeInHouseAlternativeFrom(revision);
    assertThat(contract.inHouseMonthlyCost()).contains(eur("14500.00"));
    // a lead-generation contract is held to the lead-generation option
    assertThat(contract.outsourcedOption()).isEqualTo(SalesOption.OUTSOURCED_LEAD_GENERATION);

    TermSheet inKronor = TermSheets.leadGeneration("ACME-2");
    inKronor.setCurrency("SEK");
    Contract swedish = Contract.draft(7L, inKronor, "procurement", NOW);
    assertThatThrownBy(() -> swedish.takeInHouseAlternativeFrom(revision))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> assertThat(violation.rule()).isEqualTo("contract.scenario-currency"));
  }
}
