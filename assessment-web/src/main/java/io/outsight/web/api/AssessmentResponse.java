package io.outsight.web.api;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.AssessmentKind;
import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.core.assessment.RiskTier;
import io.outsight.core.assessment.ScoreCard;
import io.outsight.core.assessment.ScoreLine;
import io.outsight.core.assessment.builtin.ReadinessScope;
import io.outsight.core.assessment.builtin.Verdict;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.AnswerText;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.registry.assessment.AssessmentDetails;
import io.outsight.registry.assessment.ConditionDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An assessment on the wire: its state, the template version, the answers, the score with its
 * sections and each question's line (the answer as given, in both languages, with its evidence,
 * points, weight and red flags), red flags and risk tier, for readiness the advice per scope, and
 * for a decided due diligence the justification and the conditions set. Advice texts are English.
 */
public record AssessmentResponse(
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
    List<ConditionDetails> conditions,
    String templateId,
    int templateVersion,
    List<AnswerBody> answers,
    BigDecimal overallScore,
    RiskTier riskTier,
    List<SectionBody> sections,
    List<String> redFlags,
    List<AdviceBody> advice) {

  public static AssessmentResponse of(
      AssessmentDetails details, List<ConditionDetails> conditions) {
    ScoreCard card = details.scoreCard();
    return new AssessmentResponse(
        details.id(),
        details.version(),
        details.kind(),
        details.subject(),
        details.vendorId(),
        details.status(),
        details.assessor(),
        details.startedAt(),
        details.reviewer(),
        details.reviewComment(),
        details.riskJustification(),
        conditions,
        details.template().id(),
        details.template().version(),
        details.answers().stream().map(AnswerBody::of).toList(),
        card.overall().orElse(null),
        card.riskTier(),
        card.sections().stream()
            .map(
                section ->
                    new SectionBody(
                        section.sectionKey(),
                        section.title(),
                        section.weight(),
                        section.score().orElse(null),
                        section.lines().stream().map(LineBody::of).toList()))
            .toList(),
        card.redFlags().stream().map(RedFlagRule::key).toList(),
        details.advice().stream()
            .map(
                advice ->
                    new AdviceBody(
                        advice.scope(),
                        advice.verdict(),
                        advice.reasons().stream().map(reason -> reason.en()).toList(),
                        advice.warnings().stream().map(warning -> warning.en()).toList()))
            .toList());
  }

  /**
   * A question's answer: its kind and value as text, e.g. SCALE "3", YES_NO "false", CHOSEN
   * "phone,email".
   */
  public record AnswerBody(
      String question, String kind, String value, String evidenceNote, String documentReference) {

    static AnswerBody of(Answer answer) {
      AnswerText text = AnswerText.of(answer.value());
      return new AnswerBody(
          answer.questionKey(),
          text.kind(),
          text.text(),
          answer.evidenceNote(),
          answer.documentReference());
    }

    /**
     * @throws IllegalArgumentException naming the question when the value does not fit its kind
     */
    Answer toAnswer() {
      if (question == null || question.isBlank()) {
        throw new IllegalArgumentException("every answer names its question");
      }
      try {
        return new Answer(
            question, new AnswerText(kind, value).value(), evidenceNote, documentReference);
      } catch (IllegalArgumentException unreadable) {
        throw new IllegalArgumentException(
            "answer to " + question + ": " + unreadable.getMessage(), unreadable);
      }
    }
  }

  /** A section's score and weight, with each of its questions' lines. */
  public record SectionBody(
      String section, LocalizedText title, int weight, BigDecimal score, List<LineBody> lines) {}

  /**
   * One question as the reviewer saw it: the answer as given, its evidence, the points it earned of
   * those it was worth, its weight, and the red flags it raised.
   */
  public record LineBody(
      String question,
      LocalizedText text,
      ScoreLine.Status status,
      LocalizedText answer,
      String evidenceNote,
      String documentReference,
      BigDecimal earned,
      int possible,
      int weight,
      List<String> redFlags) {

    static LineBody of(ScoreLine line) {
      return new LineBody(
          line.questionKey(),
          line.question(),
          line.status(),
          line.answer(),
          line.evidenceNote(),
          line.documentReference(),
          line.earned(),
          line.possible(),
          line.weight(),
          line.redFlags().stream().map(RedFlagRule::key).toList());
    }
  }

  /** The advice for one scope: the reasons that produced it and the warnings that stand. */
  public record AdviceBody(
      ReadinessScope scope, Verdict verdict, List<String> reasons, List<String> warnings) {}
}
