package io.outsight.web.api;

import io.outsight.core.assessment.AssessmentKind;
import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.ReviewDecision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send to the assessment operations. */
public final class AssessmentRequests {

  private AssessmentRequests() {}

  /**
   * A new assessment: due diligence of a vendor, a check of a vendor against a further
   * questionnaire, or readiness for a named decision.
   */
  @Schema(name = "AssessmentStart")
  public record Start(
      @NotNull AssessmentKind kind, Long vendorId, String decision, String template) {}

  /** The full set of answers of a draft, and the version they were made against. */
  @Schema(name = "AssessmentAnswers")
  public record Answers(
      @NotNull Long version, @NotNull @Valid List<AssessmentResponse.AnswerBody> answers) {}

  /** The version a submission was made against. */
  @Schema(name = "AssessmentSubmission")
  public record Submission(@NotNull Long version) {}

  /**
   * A reviewer's decision: APPROVED, CONDITIONALLY_APPROVED, REJECTED or RETURNED, with a comment
   * where needed; a justification when approving a vendor at high or critical risk or with a red
   * flag; and, for a conditional approval, its conditions.
   */
  @Schema(name = "AssessmentReview")
  public record Review(
      @NotNull Long version,
      @NotNull AssessmentStatus decision,
      String comment,
      String justification,
      List<Condition> conditions) {

    ReviewDecision toDecision() {
      return new ReviewDecision(
          decision,
          comment,
          justification,
          conditions == null
              ? List.of()
              : conditions.stream()
                  .map(
                      condition ->
                          new ReviewDecision.Condition(
                              condition.description(), condition.owner(), condition.dueOn()))
                  .toList());
    }
  }

  /**
   * A condition of approval: what is to be done (at most 500 characters), by whom (a user name, at
   * most 100), by when. Their lengths are checked with the conditions themselves.
   */
  @Schema(name = "ConditionInput")
  public record Condition(
      String description, String owner, @Schema(example = "2027-01-31") LocalDate dueOn) {}

  /** Closing a condition: the version read and a note on how it was met (at most 2000). */
  public record ConditionClosing(@NotNull Long version, String note) {}
}
