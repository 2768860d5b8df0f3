package io.outsight.core.assessment.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.AnswerType;
import io.outsight.core.assessment.AnswerValue;
import io.outsight.core.assessment.AnswerValue.Chosen;
import io.outsight.core.assessment.AnswerValue.YesNo;
import io.outsight.core.assessment.Question;
import io.outsight.core.assessment.QuestionnaireTemplate;
import io.outsight.core.assessment.RedFlagRule;
import io.outsight.core.assessment.RiskTier;
import io.outsight.core.assessment.ScoreCard;
import io.outsight.core.assessment.Section;
import io.outsight.core.assessment.TemplateDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VendorDueDiligenceTest {

  private final QuestionnaireTemplate template = VendorDueDiligence.version2();

  /** The best answer to every scored question: full marks. */
  private List<Answer> bestAnswers() {
    List<Answer> answers = new ArrayList<>();
    for (Question question : template.questions()) {
      AnswerValue best =
          switch (question.type()) {
            case SCALE_0_TO_5 -> new AnswerValue.Scale(5);
            case YES_NO -> new YesNo(question.yesIsFavourable());
            case SINGLE_CHOICE -> new Chosen(Set.of(question.choices().get(0).key()));
            case MULTIPLE_CHOICE -> new Chosen(Set.of("phone", "email", "chat"));
            default -> new AnswerValue.NotApplicable();
          };
      answers.add(Answer.of(question.key(), best));
    }
    return answers;
  }

  private List<Answer> with(List<Answer> answers, String question, AnswerValue value) {
    List<Answer> changed =
        new ArrayList<>(answers.stream().filter(a -> !a.questionKey().equals(question)).toList());
    changed.add(Answer.of(question, value));
    return changed;
  }

  @Test
  void asksTheSixQuestionsOfDueDiligence() {
    assertThat(template.sections())
        .extracting(Section::key)
        .containsExactly("track", "staffing", "plan", "relationship", "data", "success");
    assertThat(template.sections().stream().mapToInt(Section::weight).sum()).isEqualTo(100);
    assertThat(template.questions())
        .allSatisfy(question -> assertThat(question.text().fi()).isNotBlank());
  }

  @Test
  void theBestAnswersScoreFullMarksAtLowRisk() {
    ScoreCard card = ScoreCard.of(template, bestAnswers());

    // Channels: 0.34 + 0.33 + 0.33 = 1, so even the channel mix earns its full weight.
    assertThat(card.overall())
        .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("100.0"));
    assertThat(card.redFlags()).isEmpty();
    assertThat(card.riskTier()).isEqualTo(RiskTier.LOW);
  }

  @Test
  void leadsReusableForCompetitorsIsARedFlagWhateverTheScore() {
    ScoreCard card = ScoreCard.of(template, with(bestAnswers(), "data.reuse", new YesNo(true)));

    // Data loses the 3 points of reuse: (3 + 4 + 0 + 3 + 2) of 15 = 80.0; overall (100 x 80 + 80 x
    // 20) / 100 = 96.0.
    assertThat(card.overall())
        .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("96.0"));
    assertThat(card.redFlags()).extracting(RedFlagRule::key).containsExactly("leads-reusable");
    assertThat(card.riskTier()).isEqualTo(RiskTier.HIGH);
  }

  @Test
  void eachListedRedFlagFires() {
    List<Answer> answers = bestAnswers();
    answers = with(answers, "data.lead-ownership", new Chosen(Set.of("vendor")));
    answers = with(answers, "staffing.fulfilment", new Chosen(Set.of("undisclosed-subcontractor")));
    answers = with(answers, "success.reporting-cadence", new Chosen(Set.of("none")));
    answers = with(answers, "track.references", new YesNo(false));
    answers = with(answers, "data.return-deletion", new YesNo(false));

    ScoreCard card = ScoreCard.of(template, answers);

    assertThat(card.redFlags())
        .extracting(RedFlagRule::key)
        .containsExactlyInAnyOrder(
            "leads-not-ours",
            "undisclosed-subcontracting",
            "no-reporting",
            "no-measurable-references",
            "no-return-or-deletion");
    assertThat(card.riskTier()).isEqualTo(RiskTier.CRITICAL);
  }

  @Test
  void version2AsksWhereTheDataIsProcessedAndFlagsDataOutsideTheEeaWithoutSafeguards() {
    TemplateDiff diff = TemplateDiff.between(VendorDueDiligence.version1(), template);
    assertThat(diff.changes())
        .extracting(TemplateDiff.Change::key)
        .containsExactlyInAnyOrder(VendorDueDiligence.DATA_REGION, "data-outside-eea-unprotected");

    ScoreCard safeguarded =
        ScoreCard.of(
            template,
            with(
                bestAnswers(),
                VendorDueDiligence.DATA_REGION,
                new Chosen(Set.of("outside-safeguarded"))));
    assertThat(safeguarded.redFlags()).isEmpty();
    ScoreCard unprotected =
        ScoreCard.of(
            template,
            with(bestAnswers(), VendorDueDiligence.DATA_REGION, new Chosen(Set.of("outside"))));
    assertThat(unprotected.redFlags())
        .extracting(RedFlagRule::key)
        .containsExactly("data-outside-eea-unprotected");
    assertThat(unprotected.riskTier()).isEqualTo(RiskTier.HIGH);
  }

  @Test
  void theBuiltInProviderOffersBothTemplates() {
    BuiltInQuestionnaires provider = new BuiltInQuestionnaires();

    assertThat(provider.templates())
        .extracting(QuestionnaireTemplate::id, QuestionnaireTemplate::version)
        .containsExactly(
            tuple(VendorDueDiligence.ID, 1),
            tuple(VendorDueDiligence.ID, 2),
            tuple(ReadinessAssessment.ID, 1),
            tuple(ReadinessAssessment.ID, 2));
    assertThat(provider.id()).isEqualTo("io.outsight.questionnaires");
    assertThat(template.question("relationship.our-hours"))
        .map(Question::type)
        .contains(AnswerType.NUMBER);
  }
}
