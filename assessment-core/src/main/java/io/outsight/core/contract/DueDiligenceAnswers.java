package io.outsight.core.contract;

import io.outsight.core.assessment.Answer;
import io.outsight.extension.api.questionnaire.AnswerValue;
import java.util.List;
import java.util.Optional;

/**
 * A due diligence's answers read by question key, as the clause rules read them; a question the
 * questionnaire did not ask, or that was not answered, matches nothing.
 */
record DueDiligenceAnswers(List<Answer> answers) {

  DueDiligenceAnswers {
    answers = List.copyOf(answers);
  }

  private Optional<AnswerValue> value(String questionKey) {
    return answers.stream()
        .filter(answer -> answer.questionKey().equals(questionKey))
        .map(Answer::value)
        .findFirst();
  }

  boolean chose(String questionKey, String choiceKey) {
    return value(questionKey)
        .filter(AnswerValue.Chosen.class::isInstance)
        .map(value -> ((AnswerValue.Chosen) value).choiceKeys().contains(choiceKey))
        .orElse(false);
  }

  boolean answered(String questionKey, boolean yes) {
    return value(questionKey)
        .filter(AnswerValue.YesNo.class::isInstance)
        .map(value -> ((AnswerValue.YesNo) value).yes() == yes)
        .orElse(false);
  }

  Optional<String> text(String questionKey) {
    return value(questionKey)
        .filter(AnswerValue.Text.class::isInstance)
        .map(value -> ((AnswerValue.Text) value).value())
        .filter(text -> !text.isBlank())
        .map(String::strip);
  }
}
