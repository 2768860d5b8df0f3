package io.outsight.core.assessment.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.AnswerValue;
import io.outsight.core.assessment.AnswerValue.Chosen;
import io.outsight.core.assessment.AnswerValue.Scale;
import io.outsight.core.assessment.AnswerValue.YesNo;
import io.outsight.core.assessment.LocalizedText;
import io.outsight.core.assessment.ScoreCard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadinessAdviceTest {

  /**
   * Ready on every count. Sections: resources (2 + 3 + 3) of 8 = 100; control 4/5 x 3 = 2.4 of 3 =
   * 80; economics 8 of 8 = 100; culture 3/5 x 2 = 1.2 + 3 = 4.2 of 5 = 84. Overall (100 x 30 + 80 x
   * 20 + 100 x 30 + 84 x 20) / 100 = 92.8.
   */
  private static Map<String, AnswerValue> ready() {
    Map<String, AnswerValue> answers = new LinkedHashMap<>();
    answers.put("scope.considered", new Chosen(Set.of("full-sales", "lead-generation")));
    answers.put("scope.inbound-reliance", new YesNo(true));
    answers.put("resources.targets-defined", new YesNo(true));
    answers.put("resources.gap", new Scale(5));
    answers.put("resources.build-in-house", new YesNo(false));
    answers.put("control.willing", new Scale(4));
    answers.put("economics.acv-level", new Chosen(Set.of("high")));
    answers.put("economics.cycle", new Chosen(Set.of("long")));
    answers.put("economics.persona", new YesNo(true));
    answers.put("culture.acceptance", new Scale(3));
    answers.put("culture.communication-plan", new YesNo(true));
    return answers;
  }

  private static List<ScopeAdvice> advise(Map<String, AnswerValue> values) {
    List<Answer> answers =
        values.entrySet().stream()
            .map(entry -> Answer.of(entry.getKey(), entry.getValue()))
            .toList();
    return ReadinessAdvice.derivedFrom(
        ScoreCard.of(ReadinessAssessment.version1(), answers), answers);
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
        .containsExactly("Readiness scores 92.8 of 100, 70 or more.");
    // Inbound reliance makes the blind-spot con apply to lead generation; sales shows its own list.
    assertThat(on(advice, ReadinessScope.LEAD_GENERATION).prosAndCons())
        .contains(ProCon.LEADS_INBOUND_BLIND_SPOTS)
        .doesNotContain(ProCon.SALES_REPUTATION_RISK);
    assertThat(on(advice, ReadinessScope.FULL_SALES).prosAndCons())
        .contains(ProCon.SALES_REPUTATION_RISK, ProCon.SALES_NO_SALARIES);
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
    answers.put("economics.acv-level", new Chosen(Set.of("medium")));
    answers.put("economics.cycle", new Chosen(Set.of("medium")));
    answers.put("culture.acceptance", new Scale(1));

    // Resources (2 + 0.6 + 3) of 8 = 70; control 1.2 of 3 = 40; economics (1.8 + 1.4 + 3) of 8 =
    // 77.5;
    // culture (0.4 + 3) of 5 = 68. Overall (2100 + 800 + 2325 + 1360) / 100 = 65.85 -> 65.9.
    ScopeAdvice advice = advise(answers).get(0);
    assertThat(advice.verdict()).isEqualTo(Verdict.OUTSOURCE_SHORT_TERM);
    assertThat(english(advice))
        .singleElement()
        .asString()
        .startsWith("Readiness scores 65.9 of 100 (50-70)");
  }

  @Test
  void withoutTargetsNothingIsAdvisableAndWithoutACommunicationPlanOnlyShortTerm() {
    Map<String, AnswerValue> noTargets = ready();
    noTargets.put("resources.targets-defined", new YesNo(false));
    assertThat(advise(noTargets))
        .extracting(ScopeAdvice::verdict)
        .containsOnly(Verdict.NOT_ADVISABLE);

    Map<String, AnswerValue> noPlan = ready();
    noPlan.put("culture.communication-plan", new YesNo(false));
    // Culture 1.2 of 5 = 24; overall (3000 + 1600 + 3000 + 480) / 100 = 80.8, but no plan:
    // short-term.
    ScopeAdvice sales = on(advise(noPlan), ReadinessScope.FULL_SALES);
    assertThat(sales.verdict()).isEqualTo(Verdict.OUTSOURCE_SHORT_TERM);
    assertThat(english(sales)).first().isEqualTo("Readiness scores 80.8 of 100, 70 or more.");
  }
}
