package io.outsight.registry.assessment;

import io.outsight.core.assessment.Assessment;
import io.outsight.extension.api.questionnaire.AnswerText;
import java.util.List;

/** An assessment as the audit trail records it: its state and its answers written as text. */
public record AssessmentState(
    String kind,
    String templateId,
    int templateVersion,
    Long vendorId,
    String title,
    String status,
    String assessor,
    String reviewer,
    String reviewComment,
    String riskJustification,
    List<AnsweredQuestion> answers) {

  /** One answer: the question, its kind and value as text, and the evidence. */
  public record AnsweredQuestion(
      String question, String kind, String value, String evidenceNote, String documentReference) {}

  static AssessmentState of(Assessment assessment) {
    return new AssessmentState(
        assessment.kind().name(),
        assessment.templateId(),
        assessment.templateVersion(),
        assessment.vendorId().orElse(null),
        assessment.title().orElse(null),
        assessment.status().name(),
        assessment.assessor(),
        assessment.reviewer().orElse(null),
        assessment.reviewComment().orElse(null),
        assessment.riskJustification().orElse(null),
        assessment.answers().stream()
            .map(
                answer -> {
                  AnswerText text = AnswerText.of(answer.value());
                  return new AnsweredQuestion(
                      answer.questionKey(),
                      text.kind(),
                      text.text(),
                      answer.evidenceNote(),
                      answer.documentReference());
                })
            .toList());
  }
}
