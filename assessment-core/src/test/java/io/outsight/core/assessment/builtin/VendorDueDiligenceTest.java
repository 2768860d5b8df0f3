package io.outsight.core.assessment.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.RiskTier;
import io.outsight.core.assessment.ScoreCard;
import io.outsight.core.assessment.TemplateDiff;
import io.outsight.extension.api.questionnaire.AnswerType;
import io.outsight.extension.api.questionnaire.AnswerValue;
import io.outsight.extension.api.questionnaire.AnswerValue.Chosen;
import io.outsight.extension.api.questionnaire.AnswerValue.YesNo;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.questionnaire.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VendorDueDiligenceTest {

  private final QuestionnaireTemplate template = VendorDueDiligence.version2();

  /** The best answer to every scored question: full marks. */
  private List<Answer> bestAnswers() {
    return bestAnswers(template);
  }

  private static List<Answer> bestAnswers(QuestionnaireTemplate version) {
    List<Answer> answers = new ArrayList<>();
    for (Question question : version.questions()) {
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

  /** Version 3: the key-person dependence and Nordic practice, each with its red flag. */
  @Test
  void version3AsksNordicPracticeAndKeyPeopleAndFlagsEachShortfall() {
    QuestionnaireTemplate third = VendorDueDiligence.version3();
    assertThat(TemplateDiff.between(template, third).changes())
        .filteredOn(change -> change.kind() == TemplateDiff.Kind.ADDED)
        .extracting(TemplateDiff.Change::key)
        .containsExactlyInAnyOrder(
            VendorDueDiligence.KEY_PEOPLE,
            VendorDueDiligence.CONTRACTOR_LIABILITY,
            VendorDueDiligence.CONTRACTOR_LIABILITY_CHECKED,
            VendorDueDiligence.TELEMARKETING_CONSENT,
            VendorDueDiligence.NO_POACHING,
            "results-rest-on-one-person",
            "contractor-liability-unchecked",
            "opt-out-registers-ignored",
            "poaching-not-ruled-out");
    // the Act does not reach work done at the vendor's own premises: no flag then
    assertThat(
            ScoreCard.of(
                    third,
                    with(
                        bestAnswers(third),
                        VendorDueDiligence.CONTRACTOR_LIABILITY,
                        new Chosen(Set.of("not-required"))))
                .redFlags())
        .isEmpty();
    assertThat(third.question(VendorDueDiligence.CONTRACTOR_LIABILITY_CHECKED))
        .map(Question::type)
        .contains(AnswerType.DATE);

    List<Answer> best = bestAnswers(third);
    assertThat(ScoreCard.of(third, best).redFlags()).isEmpty();
    List<Answer> worst = with(best, VendorDueDiligence.KEY_PEOPLE, new Chosen(Set.of("one")));
    worst = with(worst, VendorDueDiligence.CONTRACTOR_LIABILITY, new Chosen(Set.of("not-given")));
    worst = with(worst, VendorDueDiligence.TELEMARKETING_CONSENT, new YesNo(false));
    worst = with(worst, VendorDueDiligence.NO_POACHING, new YesNo(false));
    ScoreCard card = ScoreCard.of(third, worst);
    assertThat(card.redFlags())
        .extracting(RedFlagRule::key)
        .containsExactlyInAnyOrder(
            "results-rest-on-one-person",
            "contractor-liability-unchecked",
            "opt-out-registers-ignored",
            "poaching-not-ruled-out");
    assertThat(card.riskTier()).isEqualTo(RiskTier.CRITICAL);
    // Two people carrying our results is no red flag, but scores less than more than five.
    assertThat(
            ScoreCard.of(
                    third, with(best, VendorDueDiligence.KEY_PEOPLE, new Chosen(Set.of("two"))))
                .redFlags())
        .isEmpty();
  }

  /**
   * Version 3's Finnish is the glossary's: every revised sentence was found in version 2 and
   * replaced, the vendor's own staff are no longer "oma tiimi", and the English is unchanged.
   */
  @Test
  void version3SpeaksTheGlossarysFinnish() {
    List<String> earlier = finnishOf(template);
    List<String> revised = finnishOf(VendorDueDiligence.version3());

    assertThat(earlier).containsAll(FinnishRevision.REVISED.keySet());
    assertThat(revised)
        .doesNotContainAnyElementsOf(FinnishRevision.REVISED.keySet())
        .containsAll(FinnishRevision.REVISED.values())
        .noneMatch(text -> text.toLowerCase(java.util.Locale.ROOT).contains("oma tiimi"))
        .contains("Toimittajan omat työntekijät", "Vain meille");
    assertThat(
            VendorDueDiligence.version3()
                .question(VendorDueDiligence.FULFILMENT)
                .orElseThrow()
                .text()
                .en())
        .isEqualTo(template.question(VendorDueDiligence.FULFILMENT).orElseThrow().text().en());
  }

  private static List<String> finnishOf(QuestionnaireTemplate version) {
    List<String> finnish = new ArrayList<>();
    finnish.add(version.title().fi());
    for (Section section : version.sections()) {
      finnish.add(section.title().fi());
      for (Question question : section.questions()) {
        finnish.add(question.text().fi());
        question.anchors().forEach(anchor -> finnish.add(anchor.fi()));
        question.choices().forEach(choice -> finnish.add(choice.label().fi()));
      }
    }
    version.redFlags().forEach(flag -> finnish.add(flag.description().fi()));
    return finnish;
  }

  @Test
  void theBuiltInProviderOffersBothTemplates() {
    BuiltInQuestionnaires provider = new BuiltInQuestionnaires();

    assertThat(provider.templates())
        .extracting(QuestionnaireTemplate::id, QuestionnaireTemplate::version)
        .containsExactly(
            tuple(VendorDueDiligence.ID, 1),
            tuple(VendorDueDiligence.ID, 2),
            tuple(VendorDueDiligence.ID, 3),
            tuple(ReadinessAssessment.ID, 1),
            tuple(ReadinessAssessment.ID, 2));
    assertThat(provider.id()).isEqualTo("io.outsight.questionnaires");
    assertThat(template.question("relationship.our-hours"))
        .map(Question::type)
        .contains(AnswerType.NUMBER);
  }
}
