package io.outsight.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.link.VendorLink;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.questionnaire.AnswerValue;
import io.outsight.extension.api.questionnaire.AnswerValue.Chosen;
import io.outsight.extension.api.questionnaire.AnswerValue.NotApplicable;
import io.outsight.extension.api.questionnaire.AnswerValue.Scale;
import io.outsight.extension.api.questionnaire.AnswerValue.Text;
import io.outsight.extension.api.questionnaire.AnswerValue.YesNo;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static List<ApprovalCondition> decide(
      Assessment assessment, AssessmentStatus outcome, String by, String comment) {
    return assessment.decide(ReviewDecision.of(outcome, comment), TEMPLATE, by, TODAY, NOW);
  }

  private static Assessment submittedWith(List<Answer> answers) {
    Assessment assessment = Assessment.ofVendor(7, TEMPLATE, "paula", NOW);
    assessment.answer(answers, TEMPLATE, "paula", NOW);
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
  void theVendorAnswersAndSubmitsThroughTheLinkForThisAssessmentAlone() throws Exception {
    Assessment draft = stored(Assessment.ofVendor(7, TEMPLATE, "paula", NOW), 11L);
    VendorLink link =
        VendorLink.forQuestionnaire(7L, 11L, CONTACT, "paula", NOW, Duration.ofDays(14)).link();

    draft.answerThroughLink(link, COMPLETE.subList(0, 3), TEMPLATE, NOW);
    assertThat(draft.answers()).hasSize(3);
    assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
    assertThatThrownBy(() -> draft.submitThroughLink(link, TEMPLATE, NOW))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            violation -> {
              assertThat(violation.rule()).isEqualTo("assessment.incomplete");
              assertThat(violation.details()).containsExactly("data.owner", "data.deletion");
            });

    draft.answerThroughLink(link, COMPLETE, TEMPLATE, NOW.plusSeconds(60));
    draft.submitThroughLink(link, TEMPLATE, NOW.plusSeconds(60));
    assertThat(draft.status()).isEqualTo(AssessmentStatus.SUBMITTED);
    assertThat(draft.submittedAt()).contains(NOW.plusSeconds(60));
    assertThat(ruleOf(() -> draft.answerThroughLink(link, COMPLETE, TEMPLATE, NOW)))
        .isEqualTo("assessment.not-editable");
    // reviewed as any other: never by its assessor
    assertThat(ruleOf(() -> decide(draft, AssessmentStatus.RETURNED, "paula", "More detail")))
        .isEqualTo("assessment.four-eyes");
    decide(draft, AssessmentStatus.RETURNED, "pekka", "More detail on the staffing");
    assertThat(draft.status()).isEqualTo(AssessmentStatus.RETURNED);

    // another assessment's link, another vendor's, or a link for results answers nothing here
    Assessment other = stored(Assessment.ofVendor(7, TEMPLATE, "paula", NOW), 12L);
    VendorLink otherVendors =
        VendorLink.forQuestionnaire(8L, 12L, CONTACT, "paula", NOW, Duration.ofDays(14)).link();
    VendorLink forResults =
        VendorLink.forResults(7L, 12L, CONTACT, "paula", NOW, Duration.ofDays(14)).link();
    VendorLink revoked =
        VendorLink.forQuestionnaire(7L, 12L, CONTACT, "paula", NOW, Duration.ofDays(14)).link();
    revoked.revoke("paula", NOW);
    VendorLink expired =
        VendorLink.forQuestionnaire(
                7L, 12L, CONTACT, "paula", NOW.minus(Duration.ofDays(15)), Duration.ofDays(14))
            .link();
    for (VendorLink notThis : List.of(link, otherVendors, forResults, revoked, expired)) {
      assertThat(ruleOf(() -> other.answerThroughLink(notThis, COMPLETE, TEMPLATE, NOW)))
          .isEqualTo("assessment.not-this-link");
      assertThat(ruleOf(() -> other.submitThroughLink(notThis, TEMPLATE, NOW)))
          .isEqualTo("assessment.not-this-link");
    }
    assertThat(other.answers()).isEmpty();
  }

  private static final VendorLink.Contact CONTACT =
      new VendorLink.Contact("Aino", "aino@vendor.example", "fi");

  /** The assessment as the database would hand it back, with its id. */
  private static Assessment stored(Assessment assessment, long id) throws Exception {
    Field field = Assessment.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(assessment, id);
    return assessment;
  }

  @Test
  void nobodyReviewsTheirOwnAssessment() {
    Assessment assessment = submitted();

    assertThat(ruleOf(() -> decide(assessment, AssessmentStatus.APPROVED, "paula", null)))
        .isEqualTo("assessment.four-eyes");
    decide(assessment, AssessmentStatus.APPROVED, "riikka", null);
    assertThat(assessment.status()).isEqualTo(AssessmentStatus.APPROVED);
    assertThat(assessment.reviewer()).contains("riikka");
  }

  @Test
  void aReturnOrRejectionSaysWhyAndAReturnedAssessmentCanBeEditedAgain() {
    Assessment assessment = submitted();

    assertThat(ruleOf(() -> decide(assessment, AssessmentStatus.RETURNED, "riikka", " ")))
        .isEqualTo("assessment.comment-required");
    decide(
        assessment, AssessmentStatus.RETURNED, "riikka", "Ask for the data-processing agreement");
    assessment.answer(COMPLETE, TEMPLATE, "paula", NOW);
    assessment.submit(TEMPLATE, "paula", NOW);
    assertThat(assessment.status()).isEqualTo(AssessmentStatus.SUBMITTED);
  }

  @Test
  void aVendorCheckIsCompleteOnceSubmittedAndNobodyDecidesOnIt() {
    Assessment check = Assessment.ofVendorCheck(7, TEMPLATE, "paula", NOW);
    check.answer(COMPLETE.subList(0, 3), TEMPLATE, "paula", NOW);
    assertThat(ruleOf(() -> check.submit(TEMPLATE, "paula", NOW)))
        .isEqualTo("assessment.incomplete");

    check.answer(COMPLETE, TEMPLATE, "paula", NOW);
    check.submit(TEMPLATE, "paula", NOW);

    assertThat(check.kind()).isEqualTo(AssessmentKind.VENDOR_CHECK);
    assertThat(check.vendorId()).contains(7L);
    assertThat(check.status()).isEqualTo(AssessmentStatus.SUBMITTED);
    assertThat(ruleOf(() -> decide(check, AssessmentStatus.APPROVED, "riikka", null)))
        .isEqualTo("assessment.not-submitted");
    assertThat(ruleOf(() -> check.answer(COMPLETE, TEMPLATE, "paula", NOW)))
        .isEqualTo("assessment.not-editable");
  }

  @Test
  void aDecidedAssessmentIsNotDecidedAgain() {
    Assessment assessment = submitted();
    decide(assessment, AssessmentStatus.REJECTED, "riikka", "Leads would not be ours");

    assertThat(ruleOf(() -> decide(assessment, AssessmentStatus.APPROVED, "riikka", null)))
        .isEqualTo("assessment.not-submitted");
  }

  @Test
  void approvingARedFlaggedVendorTakesAWrittenJustificationThatIsKept() {
    // "No references" raises a red flag: the risk is at least high.
    List<Answer> flagged = new ArrayList<>(COMPLETE);
    flagged.set(1, Answer.of("track.references", new YesNo(false)));
    Assessment assessment = submittedWith(flagged);
    assertThat(assessment.scoreCard(TEMPLATE).riskTier()).isEqualTo(RiskTier.HIGH);

    assertThat(ruleOf(() -> decide(assessment, AssessmentStatus.APPROVED, "riikka", "Fine")))
        .isEqualTo("assessment.justification-required");
    assertThat(
            ruleOf(
                () ->
                    assessment.decide(
                        new ReviewDecision(AssessmentStatus.APPROVED, null, "  ", List.of()),
                        TEMPLATE,
                        "riikka",
                        TODAY,
                        NOW)))
        .isEqualTo("assessment.justification-required");
    // A rejection needs no justification for the risk.
    assertThat(assessment.status()).isEqualTo(AssessmentStatus.SUBMITTED);
    assessment.decide(
        new ReviewDecision(
            AssessmentStatus.APPROVED,
            null,
            "References were checked by phone with two clients",
            List.of()),
        TEMPLATE,
        "riikka",
        TODAY,
        NOW);
    assertThat(assessment.riskJustification())
        .contains("References were checked by phone with two clients");
  }

  @Test
  void aLowRiskVendorWithoutFlagsIsApprovedWithoutJustificationAndAFlaggedOneRejectedWithout() {
    Assessment low = submitted();
    assertThat(low.scoreCard(TEMPLATE).riskTier()).isEqualTo(RiskTier.LOW);
    decide(low, AssessmentStatus.APPROVED, "riikka", null);
    assertThat(low.riskJustification()).isEmpty();

    List<Answer> flagged = new ArrayList<>(COMPLETE);
    flagged.set(3, Answer.of("data.owner", new Chosen(Set.of("vendor"))));
    Assessment risky = submittedWith(flagged);
    decide(risky, AssessmentStatus.REJECTED, "riikka", "The leads would be the vendor's");
    assertThat(risky.status()).isEqualTo(AssessmentStatus.REJECTED);
  }

  @Test
  void aConditionalApprovalSetsConditionsWithOwnerAndDueDateAndNothingElseDoes() {
    Assessment assessment = submitted();
    ReviewDecision.Condition dpa =
        new ReviewDecision.Condition("Sign the data-processing agreement", "paula", TODAY);

    assertThat(
            ruleOf(() -> decide(assessment, AssessmentStatus.CONDITIONALLY_APPROVED, "riikka", "")))
        .isEqualTo("assessment.conditions-required");
    assertThat(
            ruleOf(
                () ->
                    assessment.decide(
                        new ReviewDecision(AssessmentStatus.APPROVED, null, null, List.of(dpa)),
                        TEMPLATE,
                        "riikka",
                        TODAY,
                        NOW)))
        .isEqualTo("assessment.conditions-unexpected");
    ReviewDecision.Condition ownerless =
        new ReviewDecision.Condition("Sign the DPA", " ", TODAY.plusDays(30));
    assertThatThrownBy(() -> conditionally(assessment, dpa, ownerless))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            refused -> {
              assertThat(refused.rule()).isEqualTo("condition.incomplete");
              assertThat(refused.details()).containsExactly("2");
            });
    ReviewDecision.Condition yesterday =
        new ReviewDecision.Condition("Sign the DPA", "paula", TODAY.minusDays(1));
    assertThat(ruleOf(() -> conditionally(assessment, yesterday))).isEqualTo("condition.due-past");
    assertThat(assessment.status()).isEqualTo(AssessmentStatus.SUBMITTED);

    List<ApprovalCondition> conditions = conditionally(assessment, dpa);

    assertThat(assessment.status()).isEqualTo(AssessmentStatus.CONDITIONALLY_APPROVED);
    assertThat(conditions)
        .singleElement()
        .satisfies(
            condition -> {
              assertThat(condition.description()).isEqualTo("Sign the data-processing agreement");
              assertThat(condition.owner()).isEqualTo("paula");
              assertThat(condition.dueOn()).isEqualTo(TODAY);
              assertThat(condition.vendorId()).isEqualTo(7);
              assertThat(condition.isOpen()).isTrue();
            });
  }

  @Test
  void aConditionIsOverdueTheDayAfterItsDueDateAndClosedOnlyWithANote() {
    ApprovalCondition condition =
        conditionally(
                submitted(),
                new ReviewDecision.Condition("Name two references", "paula", TODAY.plusDays(14)))
            .get(0);

    assertThat(condition.isOverdue(TODAY.plusDays(14))).isFalse();
    assertThat(condition.isOverdue(TODAY.plusDays(15))).isTrue();
    assertThat(ruleOf(() -> condition.close("riikka", " ", NOW)))
        .isEqualTo("condition.note-required");
    condition.close("riikka", "Two references called on 3 December", NOW);
    assertThat(condition.isOpen()).isFalse();
    assertThat(condition.isOverdue(TODAY.plusDays(15))).isFalse();
    assertThat(condition.closingNote()).contains("Two references called on 3 December");
    assertThat(ruleOf(() -> condition.close("riikka", "Again", NOW))).isEqualTo("condition.closed");
  }

  private static List<ApprovalCondition> conditionally(
      Assessment assessment, ReviewDecision.Condition... conditions) {
    return assessment.decide(
        new ReviewDecision(
            AssessmentStatus.CONDITIONALLY_APPROVED,
            "Approved on conditions",
            null,
            List.of(conditions)),
        TEMPLATE,
        "riikka",
        TODAY,
        NOW);
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
