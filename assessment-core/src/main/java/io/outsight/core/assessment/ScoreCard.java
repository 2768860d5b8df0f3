package io.outsight.core.assessment;

import io.outsight.extension.api.questionnaire.AnswerValue;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.questionnaire.Section;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result of an assessment, derived from a template and the answers: section scores and the
 * overall score (the section scores weighted by section), the red flags raised and the risk tier.
 * Every point can be traced to a {@link ScoreLine}.
 */
public record ScoreCard(List<SectionScore> sections, List<RedFlagRule> redFlags)
    implements Serializable {

  public ScoreCard {
    sections = List.copyOf(sections);
    redFlags = List.copyOf(redFlags);
  }

  public static ScoreCard of(QuestionnaireTemplate template, List<Answer> answers) {
    Map<String, Answer> byQuestion =
        answers.stream()
            .map(answer -> answer.checkedAgainst(template))
            .collect(
                Collectors.toMap(
                    Answer::questionKey,
                    Function.identity(),
                    (first, second) -> {
                      throw new IllegalArgumentException(
                          "question " + first.questionKey() + " is answered twice");
                    }));
    List<RedFlagRule> raised =
        template.redFlags().stream()
            .filter(
                flag ->
                    Optional.ofNullable(byQuestion.get(flag.questionKey()))
                        .map(answer -> flag.when().holdsFor(answer.value()))
                        .orElse(false))
            .toList();
    List<SectionScore> sections = new ArrayList<>();
    for (Section section : template.sections()) {
      List<ScoreLine> lines =
          section.questions().stream()
              .map(
                  question ->
                      lineFor(
                          question,
                          Optional.ofNullable(byQuestion.get(question.key())),
                          raised.stream()
                              .filter(flag -> flag.questionKey().equals(question.key()))
                              .toList()))
              .toList();
      sections.add(new SectionScore(section.key(), section.title(), section.weight(), lines));
    }
    return new ScoreCard(sections, raised);
  }

  private static ScoreLine lineFor(
      Question question, Optional<Answer> answer, List<RedFlagRule> flags) {
    ScoreLine.Status status;
    BigDecimal earned = BigDecimal.ZERO;
    int possible = 0;
    if (!question.scored()) {
      status = ScoreLine.Status.NOT_SCORED;
    } else if (answer.isEmpty()) {
      status = ScoreLine.Status.NOT_ANSWERED;
      possible = question.weight();
    } else if (answer.get().notApplicable()) {
      status = ScoreLine.Status.NOT_APPLICABLE;
    } else {
      status = ScoreLine.Status.ANSWERED;
      earned =
          credit(question, answer.get().value()).multiply(BigDecimal.valueOf(question.weight()));
      possible = question.weight();
    }
    return new ScoreLine(
        question.key(),
        question.text(),
        status,
        earned,
        possible,
        question.weight(),
        answer.map(given -> question.describe(given.value())).orElse(null),
        answer.map(Answer::evidenceNote).orElse(null),
        answer.map(Answer::documentReference).orElse(null),
        flags);
  }

  /** The share of the question's weight an answer earns, from 0 to 1. */
  private static BigDecimal credit(Question question, AnswerValue value) {
    if (value instanceof AnswerValue.Scale scale) {
      return BigDecimal.valueOf(scale.level())
          .divide(BigDecimal.valueOf(5), 4, RoundingMode.HALF_UP);
    }
    if (value instanceof AnswerValue.YesNo yesNo) {
      return yesNo.yes() == question.yesIsFavourable() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (value instanceof AnswerValue.Chosen chosen) {
      return chosen.choiceKeys().stream()
          .map(key -> question.choice(key).orElseThrow().credit())
          .reduce(BigDecimal.ZERO, BigDecimal::add)
          .min(BigDecimal.ONE);
    }
    return BigDecimal.ZERO;
  }

  /** The section scores weighted by section; none when no section had anything that applied. */
  public Optional<BigDecimal> overall() {
    BigDecimal weighted = BigDecimal.ZERO;
    int weights = 0;
    for (SectionScore section : sections) {
      Optional<BigDecimal> score = section.score();
      if (score.isPresent() && section.weight() > 0) {
        weighted = weighted.add(score.get().multiply(BigDecimal.valueOf(section.weight())));
        weights += section.weight();
      }
    }
    return weights == 0
        ? Optional.empty()
        : Optional.of(weighted.divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP));
  }

  /** The risk tier; with no score at all, the flags alone decide, from high. */
  public RiskTier riskTier() {
    return RiskTier.of(overall().orElse(BigDecimal.ZERO), redFlags.size());
  }

  /**
   * Whether approving on this card takes a written justification: high or critical risk, or a flag.
   */
  public boolean needsJustification() {
    return !redFlags.isEmpty() || riskTier() == RiskTier.HIGH || riskTier() == RiskTier.CRITICAL;
  }

  /** Scored questions still unanswered: what a reviewer should ask about before approving. */
  public List<ScoreLine> unanswered() {
    return sections.stream()
        .flatMap(section -> section.lines().stream())
        .filter(line -> line.status() == ScoreLine.Status.NOT_ANSWERED)
        .toList();
  }
}
