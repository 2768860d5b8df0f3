package io.outsight.registry.assessment;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.Assessment;
import io.outsight.core.assessment.AssessmentKind;
import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.ScoreCard;
import io.outsight.core.assessment.builtin.ReadinessAdvice;
import io.outsight.core.assessment.builtin.ScopeAdvice;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An assessment as the screens and the API show it: its state, the template version it was answered
 * against, the answers, the score card and, for readiness, the advice per scope; for a decided due
 * diligence, the reviewer's comment and the justification for accepting its risk.
 */
public record AssessmentDetails(
    long id,
    long version,
    AssessmentKind kind,
    String subject,
    Long vendorId,
    AssessmentStatus status,
    String assessor,
    Instant startedAt,
    String reviewer,
    String reviewComment,
    String riskJustification,
    QuestionnaireTemplate template,
    List<Answer> answers,
    ScoreCard scoreCard,
    List<ScopeAdvice> advice)
    implements Serializable {

  /**
   * The status as it reads for this kind of assessment: a submitted check is complete, not waiting
   * for a review.
   */
  public String statusName() {
    return kind == AssessmentKind.VENDOR_CHECK && status == AssessmentStatus.SUBMITTED
        ? "COMPLETED"
        : status.name();
  }

  static AssessmentDetails of(
      Assessment assessment, QuestionnaireTemplate template, String subject) {
    ScoreCard card = assessment.scoreCard(template);
    List<ScopeAdvice> advice =
        assessment.kind() == AssessmentKind.READINESS
            ? ReadinessAdvice.derivedFrom(card, assessment.answers())
            : List.of();
    return new AssessmentDetails(
        assessment.id(),
        assessment.version(),
        assessment.kind(),
        subject,
        assessment.vendorId().orElse(null),
        assessment.status(),
        assessment.assessor(),
        assessment.startedAt(),
        assessment.reviewer().orElse(null),
        assessment.reviewComment().orElse(null),
        assessment.riskJustification().orElse(null),
        template,
        assessment.answers(),
        card,
        advice);
  }
}
