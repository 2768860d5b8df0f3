package io.outsight.web.api;

import io.outsight.core.assessment.AssessmentKind;
import io.outsight.core.assessment.AssessmentStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** What clients send to the assessment operations. */
public final class AssessmentRequests {

  private AssessmentRequests() {}

  /** A new assessment: due diligence of a vendor, or readiness for a named decision. */
  public record Start(@NotNull AssessmentKind kind, Long vendorId, String decision) {}

  /** The full set of answers of a draft, and the version they were made against. */
  public record Answers(
      @NotNull Long version, @NotNull @Valid List<AssessmentResponse.AnswerBody> answers) {}

  /** The version a submission was made against. */
  public record Submission(@NotNull Long version) {}

  /**
   * A reviewer's decision: APPROVED, CONDITIONALLY_APPROVED, REJECTED or RETURNED, with a comment
   * where needed.
   */
  public record Review(@NotNull Long version, @NotNull AssessmentStatus decision, String comment) {}
}
