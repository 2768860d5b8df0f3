package io.outsight.core.assessment.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.ScoreCard;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.AnswerValue;
import io.outsight.extension.api.questionnaire.AnswerValue.Chosen;
import io.outsight.extension.api.questionnaire.AnswerValue.Scale;
import io.outsight.extension.api.questionnaire.AnswerValue.YesNo;
import io.outsight.extension.api.questionnaire.InvalidQuestionnaire;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The advice a sales director would expect, case by case, written in each test before the rules
 * that give it.
 */
class ReadinessAdviceTest {

  /**
   * A company with a sales process that works, a permanent gap it cannot fill itself, a medium deal
   * value and cycle, and sellers of its own who stay. Sections: resources (2 + 3 + 3) of 8 = 100;
   * control 4/5 x 3 = 2.4 of 3 = 80; economics (0.6 x 3 + 1 x 2 + 3) of 8 = 85; culture 3/5 x 2 =
   * 1.2 + 3 = 4.2 of 5 = 84. Overall (100 x 30 + 80 x 20 + 85 x 30 + 84 x 20) / 100 = 88.3.
   */
  private static Map<String, AnswerValue> ready() {
    Map<String, AnswerValue> answers = new LinkedHashMap<>();
    answers.put("scope.considered", new Chosen(Set.of("full-sales", "lead-generation")));
    answers.put("scope.duration", new Chosen(Set.of("ongoing")));
    answers.put("scope.in-house-left", new YesNo(true));
    answers.put("scope.inbound-reliance", new YesNo(true));
    answers.put("maturity.repeatable-process", new YesNo(true));
    answers.put("maturity.paying-customers", new YesNo(true));
    answers.put("maturity.sold-ourselves", new YesNo(true));
    answers.put("resources.targets-defined", new YesNo(true));
    answers.put("resources.gap", new Scale(5));
    answers.put("resources.build-in-house", new YesNo(false));
    answers.put("control.willing", new Scale(4));
    answers.put("economics.acv-level", new Chosen(Set.of("medium")));
    answers.put("economics.cycle", new Chosen(Set.of("medium")));
    answers.put("economics.persona", new YesNo(true));
    answers.put("culture.acceptance", new Scale(3));
    answers.put("culture.communication-plan", new YesNo(true));
    return answers;
  }

  private static List<ScopeAdvice> advise(Map<String, AnswerValue> values) {
    return advise(ReadinessAssessment.version2(), values);
  }

  private static List<ScopeAdvice> advise(
      QuestionnaireTemplate version, Map<String, AnswerValue> values) {
    List<Answer> answers =
        values.entrySet().stream()
            .map(entry -> Answer.of(entry.getKey(), entry.getValue()))
            .toList();
    return ReadinessAdvice.derivedFrom(ScoreCard.of(version, answers), answers);
  }

  private static ScopeAdvice on(List<ScopeAdvice> advice, ReadinessScope scope) {
    return advice.stream().filter(a -> a.scope() == scope).findFirst().orElseThrow();
  }

  private static List<String> english(ScopeAdvice advice) {
    return advice.reasons().stream().map(LocalizedText::en).toList();
  }

  @Test
  void aReadyCompanyIsAdvisedToOutsourceEachScopeItConsiders() {
    List<ScopeAdvice> advice = advise(ready());

    assertThat(advice)
        .extracting(ScopeAdvice::scope)
        .containsExactly(ReadinessScope.FULL_SALES, ReadinessScope.LEAD_GENERATION);
    assertThat(advice).extracting(ScopeAdvice::verdict).containsOnly(Verdict.OUTSOURCE);
    assertThat(english(on(advice, ReadinessScope.FULL_SALES)))
        .containsExactly("Readiness scores 88.3 of 100, 70 or more.");
    assertThat(advice).allSatisfy(scope -> assertThat(scope.warnings()).isEmpty());
    // Inbound reliance makes the blind-spot con apply to lead generation; sales shows its own list.
    assertThat(on(advice, ReadinessScope.LEAD_GENERATION).prosAndCons())
        .contains(ProCon.LEADS_INBOUND_BLIND_SPOTS)
        .doesNotContain(ProCon.SALES_REPUTATION_RISK);
    assertThat(on(advice, ReadinessScope.FULL_SALES).prosAndCons())
        .contains(ProCon.SALES_REPUTATION_RISK, ProCon.SALES_NO_SALARIES);
  }

  /**
   * The hot-dog story's profile: a start-up with no sales process, no paying customers and nobody
   * who has sold, ready on every other count, wants all of its selling done by a vendor. A sales
   * director expects: not advisable, founders sell first, with each missing piece named.
   */
  @Test
  void aStartUpWithoutASalesProcessIsAdvisedToSellItselfFirst() {
    Map<String, AnswerValue> startUp = ready();
    startUp.put("scope.considered", new Chosen(Set.of("full-sales")));
    startUp.put("scope.in-house-left", new YesNo(false));
    startUp.put("maturity.repeatable-process", new YesNo(false));
    startUp.put("maturity.paying-customers", new YesNo(false));
    startUp.put("maturity.sold-ourselves", new YesNo(false));

    ScopeAdvice advice = advise(startUp).get(0);

    assertThat(advice.verdict()).isEqualTo(Verdict.NOT_ADVISABLE);
    assertThat(english(advice))
        .containsExactly(
            "We have no repeatable sales process of our own to hand over.",
            "No customer beyond friends or pilots has paid for the product yet.",
            "Nobody of ours has sold it in person.",
            "Founders sell first: a vendor can scale a way of selling that works, not find one."
                + " Sell it ourselves until the cash flow allows an in-house team.");
    assertThat(advice.reasons().get(3).fi()).startsWith("Perustajat myyvät ensin");
  }

  @Test
  void oneMissingPieceOfASalesProcessIsEnoughToStopFullSalesButNotLeadGeneration() {
    Map<String, AnswerValue> answers = ready();
    answers.put("maturity.sold-ourselves", new YesNo(false));

    List<ScopeAdvice> advice = advise(answers);

    assertThat(on(advice, ReadinessScope.FULL_SALES).verdict()).isEqualTo(Verdict.NOT_ADVISABLE);
    assertThat(english(on(advice, ReadinessScope.FULL_SALES)))
        .containsExactly(
            "Nobody of ours has sold it in person.",
            "Founders sell first: a vendor can scale a way of selling that works, not find one."
                + " Sell it ourselves until the cash flow allows an in-house team.");
    assertThat(on(advice, ReadinessScope.LEAD_GENERATION).verdict()).isEqualTo(Verdict.OUTSOURCE);
  }

  /**
   * An enterprise seller: deals of high value closed over months with several decision makers. A
   * sales director expects: keep the closing in-house, outsource the prospecting. Economics (3 +
   * 0.6 x 2 + 3) of 8 = 90; overall (3000 + 1600 + 2700 + 1680) / 100 = 89.8.
   */
  @Test
  void aLongComplexHighValueSaleKeepsClosingInHouseAndOutsourcesLeadGeneration() {
    Map<String, AnswerValue> enterprise = ready();
    enterprise.put("economics.acv-level", new Chosen(Set.of("high")));
    enterprise.put("economics.cycle", new Chosen(Set.of("long")));

    List<ScopeAdvice> advice = advise(enterprise);

    ScopeAdvice sales = on(advice, ReadinessScope.FULL_SALES);
    assertThat(sales.verdict()).isEqualTo(Verdict.KEEP_IN_HOUSE);
    assertThat(english(sales)).hasSize(3);
    assertThat(english(sales).get(0)).isEqualTo("Readiness scores 89.8 of 100, 70 or more.");
    assertThat(english(sales).get(1))
        .startsWith("The sales cycle is long and complex")
        .contains("reputation risk")
        .endsWith("Consider outsourcing lead generation and closing ourselves.");
    assertThat(english(sales).get(2)).startsWith("Deals are of high value");
    ScopeAdvice leads = on(advice, ReadinessScope.LEAD_GENERATION);
    assertThat(leads.verdict()).isEqualTo(Verdict.OUTSOURCE);
    assertThat(english(leads))
        .containsExactly(
            "Readiness scores 89.8 of 100, 70 or more.",
            "High-value deals or a long cycle: outsourced prospecting fills the pipeline while our"
                + " own sellers do the closing.");
  }

  @Test
  void aLongCycleAloneTakesFullSalesOneStepDown() {
    Map<String, AnswerValue> answers = ready();
    answers.put("scope.considered", new Chosen(Set.of("full-sales")));
    answers.put("economics.cycle", new Chosen(Set.of("long")));

    assertThat(advise(answers).get(0).verdict()).isEqualTo(Verdict.OUTSOURCE_SHORT_TERM);
  }

  /**
   * A three-month launch campaign. Hiring is possible but pointless: the campaign ends before new
   * sellers are productive. A sales director expects: outsource for the campaign, not for good.
   * Resources (2 + 3 + 0) of 8 = 62.5; overall (1875 + 1600 + 2550 + 1680) / 100 = 77.05 -> 77.1.
   */
  @Test
  void aLaunchCampaignIsOutsourcedShortTermEvenWhenWeCouldHire() {
    Map<String, AnswerValue> launch = ready();
    launch.put("scope.considered", new Chosen(Set.of("lead-generation")));
    launch.put("scope.duration", new Chosen(Set.of("campaign")));
    launch.put("resources.build-in-house", new YesNo(true));

    ScopeAdvice advice = advise(launch).get(0);

    assertThat(advice.verdict()).isEqualTo(Verdict.OUTSOURCE_SHORT_TERM);
    assertThat(english(advice))
        .containsExactly(
            "We could hire, but the need is a campaign of a few months, over before new sellers"
                + " would be up to speed.",
            "Readiness scores 77.1 of 100, 70 or more.",
            "The need is temporary: outsource for its duration, not for good.");
  }

  @Test
  void aBridgeUntilOurTeamIsUpToStrengthIsShortTerm() {
    Map<String, AnswerValue> bridge = ready();
    bridge.put("scope.duration", new Chosen(Set.of("bridge")));

    assertThat(advise(bridge))
        .extracting(ScopeAdvice::verdict)
        .containsOnly(Verdict.OUTSOURCE_SHORT_TERM);
  }

  /**
   * The sellers expect to be replaced and nobody has told them what changes. A sales director
   * expects: communicate first. Culture 0 + 0 of 5 = 0; overall (3000 + 1600 + 2550) / 100 = 71.5.
   */
  @Test
  void strongResistanceWithoutAPlanMeansCommunicateFirstAndWithAPlanIsNamed() {
    Map<String, AnswerValue> resisting = ready();
    resisting.put("culture.acceptance", new Scale(0));
    resisting.put("culture.communication-plan", new YesNo(false));

    List<ScopeAdvice> advice = advise(resisting);

    assertThat(advice).extracting(ScopeAdvice::verdict).containsOnly(Verdict.COMMUNICATE_FIRST);
    assertThat(english(on(advice, ReadinessScope.FULL_SALES)))
        .containsExactly(
            "Readiness scores 71.5 of 100, 70 or more.",
            "Our staff are expected to resist strongly and there is no plan saying who does what:"
                + " communicate first, then outsource.");

    Map<String, AnswerValue> planned = ready();
    planned.put("culture.acceptance", new Scale(1));
    ScopeAdvice sales = on(advise(planned), ReadinessScope.FULL_SALES);
    assertThat(sales.verdict()).isEqualTo(Verdict.OUTSOURCE);
    assertThat(english(sales))
        .last()
        .isEqualTo(
            "Our staff are expected to resist strongly: carry out the communication plan before"
                + " the vendor starts.");
  }

  @Test
  void moderateResistanceWithoutAPlanIsShortTermNotCommunicateFirst() {
    Map<String, AnswerValue> noPlan = ready();
    noPlan.put("culture.acceptance", new Scale(2));
    noPlan.put("culture.communication-plan", new YesNo(false));
    // Culture 0.8 of 5 = 16; overall (3000 + 1600 + 2550 + 320) / 100 = 74.7, but no plan.
    ScopeAdvice sales = on(advise(noPlan), ReadinessScope.FULL_SALES);
    assertThat(sales.verdict()).isEqualTo(Verdict.OUTSOURCE_SHORT_TERM);
    assertThat(english(sales)).first().isEqualTo("Readiness scores 74.7 of 100, 70 or more.");
  }

  /**
   * Nobody of ours would be left selling: if the vendor stops, the selling stops. A sales director
   * expects the advice to stand, with the hot-dog warning beside it.
   */
  @Test
  void aScopeThatLeavesNoneOfOurSellersCarriesTheHotDogWarning() {
    Map<String, AnswerValue> nobodyLeft = ready();
    nobodyLeft.put("scope.considered", new Chosen(Set.of("segment-sales", "lead-generation")));
    nobodyLeft.put("scope.in-house-left", new YesNo(false));

    List<ScopeAdvice> advice = advise(nobodyLeft);

    assertThat(advice).extracting(ScopeAdvice::verdict).containsOnly(Verdict.OUTSOURCE);
    assertThat(on(advice, ReadinessScope.PRODUCT_LINE_OR_SEGMENT).warnings())
        .singleElement()
        .extracting(LocalizedText::en)
        .asString()
        .contains("if the vendor stops, the selling stops", "hot-dog");
    assertThat(on(advice, ReadinessScope.LEAD_GENERATION).warnings())
        .as("our own sellers close the vendor's leads")
        .isEmpty();

    Map<String, AnswerValue> unsaid = ready();
    unsaid.remove("scope.in-house-left");
    assertThat(on(advise(unsaid), ReadinessScope.FULL_SALES).warnings())
        .as("all of sales with nobody said to stay")
        .hasSize(1);
    assertThat(on(advise(unsaid), ReadinessScope.LEAD_GENERATION).warnings()).isEmpty();
  }

  @Test
  void noWarningWhereTheAdviceIsNotToOutsource() {
    Map<String, AnswerValue> answers = ready();
    answers.put("scope.in-house-left", new YesNo(false));
    answers.put("resources.build-in-house", new YesNo(true));

    assertThat(advise(answers))
        .allSatisfy(
            scope -> {
              assertThat(scope.verdict()).isEqualTo(Verdict.KEEP_IN_HOUSE);
              assertThat(scope.warnings()).isEmpty();
            });
  }

  @Test
  void aLowDealValueRulesOutLeadGenerationButNotSales() {
    Map<String, AnswerValue> answers = ready();
    answers.put("economics.acv-level", new Chosen(Set.of("low")));

    List<ScopeAdvice> advice = advise(answers);

    assertThat(on(advice, ReadinessScope.LEAD_GENERATION).verdict())
        .isEqualTo(Verdict.NOT_ADVISABLE);
    assertThat(english(on(advice, ReadinessScope.LEAD_GENERATION)))
        .singleElement()
        .asString()
        .contains("ACV is low");
    // Economics (0.1 x 3 + 2 + 3) of 8 = 66.25 -> 66.3; overall (3000 + 1600 + 66.3 x 30 + 1680) /
    // 100 = 82.69 -> 82.7.
    assertThat(on(advice, ReadinessScope.FULL_SALES).verdict()).isEqualTo(Verdict.OUTSOURCE);
    assertThat(english(on(advice, ReadinessScope.FULL_SALES)))
        .containsExactly("Readiness scores 82.7 of 100, 70 or more.");
  }

  @Test
  void fullSalesNeedsWillingnessToGiveUpControl() {
    Map<String, AnswerValue> answers = ready();
    answers.put("scope.considered", new Chosen(Set.of("full-sales", "segment-sales")));
    answers.put("control.willing", new Scale(2));

    List<ScopeAdvice> advice = advise(answers);

    assertThat(on(advice, ReadinessScope.FULL_SALES).verdict()).isEqualTo(Verdict.NOT_ADVISABLE);
    assertThat(english(on(advice, ReadinessScope.FULL_SALES)))
        .singleElement()
        .asString()
        .contains("(2 of 5, 3 needed)");
    assertThat(on(advice, ReadinessScope.PRODUCT_LINE_OR_SEGMENT).verdict())
        .isEqualTo(Verdict.OUTSOURCE);
  }

  @Test
  void capacityThatCanBeBuiltInHouseStaysInHouse() {
    Map<String, AnswerValue> answers = ready();
    answers.put("resources.build-in-house", new YesNo(true));

    assertThat(advise(answers))
        .extracting(ScopeAdvice::verdict)
        .containsOnly(Verdict.KEEP_IN_HOUSE);
  }

  @Test
  void middlingReadinessMeansShortTermOnly() {
    Map<String, AnswerValue> answers = ready();
    answers.put("scope.considered", new Chosen(Set.of("segment-sales")));
    answers.put("resources.gap", new Scale(1));
    answers.put("control.willing", new Scale(2));
    answers.put("culture.acceptance", new Scale(2));

    // Resources (2 + 0.6 + 3) of 8 = 70; control 1.2 of 3 = 40; economics 85; culture (0.8 + 3) of
    // 5 = 76. Overall (2100 + 800 + 2550 + 1520) / 100 = 69.7.
    ScopeAdvice advice = advise(answers).get(0);
    assertThat(advice.verdict()).isEqualTo(Verdict.OUTSOURCE_SHORT_TERM);
    assertThat(english(advice))
        .singleElement()
        .asString()
        .startsWith("Readiness scores 69.7 of 100 (50-70)");
  }

  @Test
  void withoutTargetsNothingIsAdvisable() {
    Map<String, AnswerValue> noTargets = ready();
    noTargets.put("resources.targets-defined", new YesNo(false));
    assertThat(advise(noTargets))
        .extracting(ScopeAdvice::verdict)
        .containsOnly(Verdict.NOT_ADVISABLE);
  }

  /**
   * Assessments answered against version 1 keep their advice readable: the questions it did not ask
   * decide nothing, while its long cycle no longer counts for all of sales.
   */
  @Test
  void aVersionOneAssessmentIsAdvisedByTheQuestionsItAsked() {
    Map<String, AnswerValue> answers = ready();
    answers.keySet().removeIf(key -> key.startsWith("maturity.") || key.startsWith("scope.d"));
    answers.remove("scope.in-house-left");
    answers.put("economics.acv-level", new Chosen(Set.of("high")));
    answers.put("economics.cycle", new Chosen(Set.of("long")));

    List<ScopeAdvice> advice = advise(ReadinessAssessment.version1(), answers);

    // Version 1 scored the long cycle best: economics 8 of 8; overall 92.8.
    ScopeAdvice sales = on(advice, ReadinessScope.FULL_SALES);
    assertThat(sales.verdict()).isEqualTo(Verdict.KEEP_IN_HOUSE);
    assertThat(english(sales).get(0)).isEqualTo("Readiness scores 92.8 of 100, 70 or more.");
    assertThat(on(advice, ReadinessScope.LEAD_GENERATION).verdict()).isEqualTo(Verdict.OUTSOURCE);
  }

  @Test
  void aNewVersionMustAskWhatTheAdviceReadsAsVersionTwoDoes() {
    ReadinessAdvice.requireReadable(ReadinessAssessment.version2());
    assertThatThrownBy(() -> ReadinessAdvice.requireReadable(ReadinessAssessment.version1()))
        .isInstanceOfSatisfying(
            InvalidQuestionnaire.class,
            invalid ->
                assertThat(invalid.details())
                    .singleElement()
                    .asString()
                    .contains(
                        "scope.duration",
                        "scope.in-house-left",
                        "maturity.repeatable-process",
                        "maturity.paying-customers",
                        "maturity.sold-ourselves"));
    assertThat(ReadinessAssessment.version2().questions())
        .allSatisfy(
            question -> {
              assertThat(question.text().fi()).isNotBlank();
              assertThat(question.text().en()).isNotBlank();
            });
  }
}
