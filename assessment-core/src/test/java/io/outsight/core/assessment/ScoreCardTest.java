package io.outsight.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.AnswerCondition.AnsweredNo;
import io.outsight.extension.api.questionnaire.AnswerCondition.Chose;
import io.outsight.extension.api.questionnaire.AnswerType;
import io.outsight.extension.api.questionnaire.AnswerValue.Chosen;
import io.outsight.extension.api.questionnaire.AnswerValue.NotApplicable;
import io.outsight.extension.api.questionnaire.AnswerValue.Scale;
import io.outsight.extension.api.questionnaire.AnswerValue.Text;
import io.outsight.extension.api.questionnaire.AnswerValue.YesNo;
import io.outsight.extension.api.questionnaire.Choice;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.questionnaire.Section;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A small template: section "track" (weight 2) asks a 0-5 scale worth 3 points, a yes/no worth 2
 * and a free-text note; section "data" (weight 1) asks who owns the leads (worth 4) and a yes/no
 * worth 1.
 */
class ScoreCardTest {

  private static LocalizedText text(String en) {
    return new LocalizedText(en, en + " (fi)");
  }

  static final QuestionnaireTemplate TEMPLATE =
      new QuestionnaireTemplate(
          "sample",
          1,
          text("Sample"),
          List.of(
              new Section(
                  "track",
                  text("Track record"),
                  2,
                  List.of(
                      Question.scale(
                          "track.results",
                          3,
                          text("Results shown"),
                          Collections.nCopies(6, text("level"))),
                      Question.yesNo(
                          "track.references", 2, text("References with measurable results?"), true),
                      Question.information("track.notes", text("Notes"), AnswerType.FREE_TEXT))),
              new Section(
                  "data",
                  text("Data"),
                  1,
                  List.of(
                      Question.choice(
                          "data.owner",
                          4,
                          text("Who owns the leads?"),
                          AnswerType.SINGLE_CHOICE,
                          List.of(
                              Choice.of("ours", "We do", "Me", "1"),
                              Choice.of("shared", "Shared", "Jaettu", "0.5"),
                              Choice.of(
                                  "vendor", "The vendor, reusable for others", "Toimittaja", "0"))),
                      Question.yesNo("data.deletion", 1, text("Deleted at exit?"), true)))),
          List.of(
              new RedFlagRule(
                  "no-references", text("No references"), "track.references", new AnsweredNo()),
              new RedFlagRule(
                  "leads-not-ours", text("Leads reusable"), "data.owner", new Chose("vendor"))));

  @Test
  void weighsQuestionsWithinSectionsAndSectionsOverall() {
    ScoreCard card =
        ScoreCard.of(
            TEMPLATE,
            List.of(
                Answer.of("track.results", new Scale(4)),
                Answer.of("track.references", new YesNo(true)),
                Answer.of("track.notes", new Text("Worked for two competitors")),
                Answer.of("data.owner", new Chosen(Set.of("shared"))),
                Answer.of("data.deletion", new NotApplicable())));

    // Track: 4/5 x 3 = 2.4, plus 2 for the favourable yes: 4.4 of 5 = 88.0.
    assertThat(card.sections().get(0).score())
        .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("88.0"));
    // Data: shared earns half of 4 = 2; deletion does not apply, so 2 of 4 = 50.0.
    assertThat(card.sections().get(1).score())
        .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("50.0"));
    // Overall: (88.0 x 2 + 50.0 x 1) / 3 = 75.33 -> 75.3.
    assertThat(card.overall())
        .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("75.3"));
    assertThat(card.redFlags()).isEmpty();
    assertThat(card.riskTier()).isEqualTo(RiskTier.LOW);
  }

  @Test
  void explainsEveryPoint() {
    ScoreCard card =
        ScoreCard.of(
            TEMPLATE,
            List.of(
                Answer.of("track.results", new Scale(4)),
                Answer.of("data.deletion", new NotApplicable())));

    assertThat(card.sections().get(0).lines())
        .extracting(
            ScoreLine::questionKey,
            ScoreLine::status,
            line -> line.earned().stripTrailingZeros().toPlainString(),
            ScoreLine::possible)
        .containsExactly(
            tuple("track.results", ScoreLine.Status.ANSWERED, "2.4", 3),
            tuple("track.references", ScoreLine.Status.NOT_ANSWERED, "0", 2),
            tuple("track.notes", ScoreLine.Status.NOT_SCORED, "0", 0));
    assertThat(card.sections().get(1).lines().get(1).status())
        .isEqualTo(ScoreLine.Status.NOT_APPLICABLE);
  }

  @Test
  void eachLineShowsTheAnswerAsGivenItsEvidenceAndTheFlagsItRaised() {
    ScoreCard card =
        ScoreCard.of(
            TEMPLATE,
            List.of(
                new Answer("track.results", new Scale(4), "Saw three case studies", "DMS-4711"),
                Answer.of("track.references", new YesNo(false)),
                new Answer(
                    "data.owner",
                    new Chosen(Set.of("vendor")),
                    "Clause 7 of their standard terms",
                    "Offer 2026-11"),
                Answer.of("data.deletion", new NotApplicable())));

    ScoreLine results = card.sections().get(0).lines().get(0);
    assertThat(results.answer().en()).isEqualTo("4 – level");
    assertThat(results.evidenceNote()).isEqualTo("Saw three case studies");
    assertThat(results.documentReference()).isEqualTo("DMS-4711");
    assertThat(results.weight()).isEqualTo(3);
    assertThat(results.redFlags()).isEmpty();
    ScoreLine references = card.sections().get(0).lines().get(1);
    assertThat(references.answer().en()).isEqualTo("No");
    assertThat(references.answer().fi()).isEqualTo("Ei");
    assertThat(references.redFlags()).extracting(RedFlagRule::key).containsExactly("no-references");
    ScoreLine owner = card.sections().get(1).lines().get(0);
    assertThat(owner.answer().en()).isEqualTo("The vendor, reusable for others");
    assertThat(owner.answer().fi()).isEqualTo("Toimittaja");
    assertThat(owner.evidenceNote()).isEqualTo("Clause 7 of their standard terms");
    assertThat(owner.redFlags()).extracting(RedFlagRule::key).containsExactly("leads-not-ours");
    ScoreLine deletion = card.sections().get(1).lines().get(1);
    assertThat(deletion.answer().en()).isEqualTo("Not applicable");
    assertThat(deletion.weight()).isEqualTo(1);
    assertThat(deletion.possible()).isZero();
    // the unanswered note has no answer to show
    ScoreLine notes = card.sections().get(0).lines().get(2);
    assertThat(notes.answer()).isNull();
    assertThat(card.needsJustification()).isTrue();
  }

  @Test
  void unansweredCountsAgainstTheScoreAndRedFlagsFireWhateverTheScore() {
    ScoreCard card =
        ScoreCard.of(
            TEMPLATE,
            List.of(
                Answer.of("track.references", new YesNo(false)),
                Answer.of("data.owner", new Chosen(Set.of("vendor"))),
                Answer.of("data.deletion", new YesNo(true))));

    // Track: nothing earned of 5 = 0.0. Data: 1 of 5 = 20.0. Overall (0 x 2 + 20 x 1) / 3 = 6.67 ->
    // 6.7.
    assertThat(card.overall())
        .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("6.7"));
    assertThat(card.redFlags())
        .extracting(RedFlagRule::key)
        .containsExactly("no-references", "leads-not-ours");
    assertThat(card.riskTier()).isEqualTo(RiskTier.CRITICAL);
    assertThat(card.unanswered())
        .extracting(ScoreLine::questionKey)
        .containsExactly("track.results");
  }

  @Test
  void aSectionWhereNothingAppliesHasNoScoreAndDoesNotPullTheOverallDown() {
    ScoreCard card =
        ScoreCard.of(
            TEMPLATE,
            List.of(
                Answer.of("track.results", new Scale(5)),
                Answer.of("track.references", new YesNo(true)),
                Answer.of("data.owner", new NotApplicable()),
                Answer.of("data.deletion", new NotApplicable())));

    assertThat(card.sections().get(1).score()).isEmpty();
    assertThat(card.overall())
        .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("100.0"));
  }

  @Test
  void anAssessmentWithNothingAnsweredHasNoScoreNotAPerfectOne() {
    ScoreCard card =
        ScoreCard.of(
            TEMPLATE,
            List.of(
                Answer.of("track.results", new NotApplicable()),
                Answer.of("track.references", new NotApplicable()),
                Answer.of("data.owner", new NotApplicable()),
                Answer.of("data.deletion", new NotApplicable())));

    assertThat(card.overall()).isEmpty();
  }

  @Test
  void refusesAnswersThatDoNotFitTheirQuestion() {
    assertThatThrownBy(
            () -> ScoreCard.of(TEMPLATE, List.of(Answer.of("track.results", new YesNo(true)))))
        .hasMessage("question track.results is answered as SCALE_0_TO_5");
    assertThatThrownBy(
            () ->
                ScoreCard.of(
                    TEMPLATE, List.of(Answer.of("data.owner", new Chosen(Set.of("nobody"))))))
        .hasMessage("question data.owner has no choice nobody");
    assertThatThrownBy(
            () ->
                ScoreCard.of(
                    TEMPLATE,
                    List.of(Answer.of("data.owner", new Chosen(Set.of("ours", "shared"))))))
        .hasMessage("question data.owner is answered as SINGLE_CHOICE");
    assertThatThrownBy(
            () -> ScoreCard.of(TEMPLATE, List.of(Answer.of("track.unknown", new YesNo(true)))))
        .hasMessageContaining("has no question track.unknown");
    assertThatThrownBy(
            () ->
                ScoreCard.of(
                    TEMPLATE,
                    List.of(
                        Answer.of("track.results", new Scale(1)),
                        Answer.of("track.results", new Scale(2)))))
        .hasMessageContaining("answered twice");
  }

  @Test
  void aTemplateRefusesRedFlagsThatCannotFireAndRepeatedQuestions() {
    assertThatThrownBy(
            () ->
                new QuestionnaireTemplate(
                    "broken",
                    1,
                    text("Broken"),
                    TEMPLATE.sections(),
                    List.of(new RedFlagRule("x", text("x"), "track.results", new AnsweredNo()))))
        .hasMessageContaining("red flag x does not fit question track.results");
    Section twice = TEMPLATE.sections().get(0);
    assertThatThrownBy(
            () ->
                new QuestionnaireTemplate(
                    "twice", 1, text("Twice"), List.of(twice, twice), List.of()))
        .hasMessageContaining("appears twice");
  }
}
