package io.outsight.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.assessment.AnswerValue.Chosen;
import io.outsight.core.assessment.AnswerValue.NotApplicable;
import io.outsight.core.assessment.AnswerValue.Scale;
import io.outsight.core.assessment.AnswerValue.Text;
import io.outsight.core.assessment.AnswerValue.YesNo;
import io.outsight.core.money.Money;
import io.outsight.core.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentTest {

  private static final QuestionnaireTemplate TEMPLATE = ScoreCardTest.TEMPLATE;
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  private static final List<Answer> COMPLETE =
      List.of(
          new Answer("track.results", new Scale(4), "Saw three case studies", "DMS-4711"),
          Answer.of("track.references", new YesNo(true)),
          Answer.of("track.notes", new Text("Fine")),
          Answer.of("data.owner", new Chosen(Set.of("ours"))),
          Answer.of("data.deletion", new NotApplicable()));

  private static Assessment submitted() {
    Assessment assessment = Assessment.ofVendor(7, TEMPLATE, "paula", NOW);
    assessment.answer(COMPLETE, TEMPLATE, "paula", NOW);
    assessment.submit(TEMPLATE, "paula", NOW);
    return assessment;
  }

  private static String ruleOf(Runnable action) {
    try {
      action.run();
    } catch (RuleViolation violation) {
      return violation.rule();
    }
    throw new AssertionError("no rule refused it");
  }

  @Test
  void keepsAnswersWithTheirEvidence() {
    Assessment assessment = Assessment.ofVendor(7, TEMPLATE, "paula", NOW);
    assessment.answer(COMPLETE, TEMPLATE, "paula", NOW);

    assertThat(assessment.answers()).containsExactlyElementsOf(COMPLETE);
    assertThat(assessment.status()).isEqualTo(AssessmentStatus.DRAFT);
  }

  @Test
  void storesEveryKindOfAnswerAndReadsItBackUnchanged() {
    List<Answer> all =
        List.of(
            Answer.of("a", new Scale(3)),
            Answer.of("b", new YesNo(false)),
            Answer.of("c", new Chosen(Set.of("x", "y"))),
            Answer.of("d", new AnswerValue.Quantity(new BigDecimal("12.5"))),
            Answer.of("e", new AnswerValue.Amount(Money.of("1500.50", "EUR"))),
            Answer.of("f", new AnswerValue.Day(LocalDate.of(2027, 3, 31))),
            Answer.of("g", new Text("Leads, contacts; all of them")),
            new Answer("h", new NotApplicable(), "Not relevant for lead generation", null));

    assertThat(all.stream().map(StoredAnswer::of).map(StoredAnswer::answer).toList())
        .containsExactlyElementsOf(all);
  }

  @Test
  void onlyTheAssessorEditsAndOnlyADraft() {
    Assessment assessment = submitted();

    assertThat(ruleOf(() -> assessment.answer(COMPLETE, TEMPLATE, "paula", NOW)))
        .isEqualTo("assessment.not-editable");
    Assessment draft = Assessment.ofVendor(7, TEMPLATE, "paula", NOW);
    assertThat(ruleOf(() -> draft.answer(COMPLETE, TEMPLATE, "pekka", NOW)))
        .isEqualTo("assessment.not-assessor");
  }

  @Test
  void aSubmissionAnswersEveryQuestion() {
    Assessment assessment = Assessment.ofVendor(7, TEMPLATE, "paula", NOW);
    assessment.answer(COMPLETE.subList(0, 3), TEMPLATE, "paula", NOW);

    assertThatThrownBy(() -> assessment.submit(TEMPLATE, "paula", NOW))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.rule()).isEqualTo("assessment.incomplete");
              assertThat(violation.details()).containsExactly("data.owner", "data.deletion");
            });
  }

  @Test
  void nobodyReviewsTheirOwnAssessment() {
    Assessment assessment = submitted();

    assertThat(ruleOf(() -> assessment.decide(AssessmentStatus.APPROVED, "paula", null, NOW)))
        .isEqualTo("assessment.four-eyes");
    assessment.decide(AssessmentStatus.APPROVED, "riikka", null, NOW);
    assertThat(assessment.status()).isEqualTo(AssessmentStatus.APPROVED);
    assertThat(assessment.reviewer()).contains("riikka");
  }

  @Test
  void aReturnOrRejectionSaysWhyAndAReturnedAssessmentCanBeEditedAgain() {
    Assessment assessment = submitted();

    assertThat(ruleOf(() -> assessment.decide(AssessmentStatus.RETURNED, "riikka", " ", NOW)))
        .isEqualTo("assessment.comment-required");
    assessment.decide(
        AssessmentStatus.RETURNED, "riikka", "Ask for the data-processing agreement", NOW);
    assessment.answer(COMPLETE, TEMPLATE, "paula", NOW);
    assessment.submit(TEMPLATE, "paula", NOW);
    assertThat(assessment.status()).isEqualTo(AssessmentStatus.SUBMITTED);
  }

  @Test
  void aDecidedAssessmentIsNotDecidedAgain() {
    Assessment assessment = submitted();
    assessment.decide(AssessmentStatus.REJECTED, "riikka", "Leads would not be ours", NOW);

    assertThat(ruleOf(() -> assessment.decide(AssessmentStatus.APPROVED, "riikka", null, NOW)))
        .isEqualTo("assessment.not-submitted");
  }

  @Test
  void aRevisionStartsFromTheAnswersAndKeepsTheOriginal() {
    Assessment original =
        Assessment.ofReadiness("Outsource lead generation in 2027?", TEMPLATE, "paula", NOW);
    original.answer(COMPLETE, TEMPLATE, "paula", NOW);

    Assessment revision = original.revisedBy("pekka", TEMPLATE, NOW);

    assertThat(revision.answers()).containsExactlyElementsOf(original.answers());
    assertThat(revision.title()).contains("Outsource lead generation in 2027?");
    assertThat(revision.assessor()).isEqualTo("pekka");
    assertThat(ruleOf(() -> Assessment.ofReadiness(" ", TEMPLATE, "paula", NOW)))
        .isEqualTo("assessment.title-required");
  }
}
