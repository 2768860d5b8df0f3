package io.outsight.core.assessment;

import io.outsight.core.rules.EnteredText;
import io.outsight.extension.api.questionnaire.AnswerValue;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import java.io.Serializable;
import java.util.Objects;

/**
 * The answer to one question, with the evidence behind it: a note (what was seen or heard) and a
 * reference to a document (a contract draft, a reference letter, a report sample).
 */
public record Answer(
    String questionKey, AnswerValue value, String evidenceNote, String documentReference)
    implements Serializable {

  public Answer {
    Objects.requireNonNull(questionKey, "question key");
    Objects.requireNonNull(value, "value");
    EnteredText.checked("question", questionKey, 100, false);
    EnteredText.checked("evidenceNote", evidenceNote, 4000, true);
    EnteredText.checked("documentReference", documentReference, 500, false);
  }

  public static Answer of(String questionKey, AnswerValue value) {
    return new Answer(questionKey, value, null, null);
  }

  public boolean notApplicable() {
    return value instanceof AnswerValue.NotApplicable;
  }

  /**
   * Checks the answer against its question in the template.
   *
   * @throws IllegalArgumentException naming the question when the answer does not fit it
   */
  public Answer checkedAgainst(QuestionnaireTemplate template) {
    Question question =
        template
            .question(questionKey)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "template "
                            + template.id()
                            + " v"
                            + template.version()
                            + " has no question "
                            + questionKey));
    if (!value.fits(question.type())) {
      throw new IllegalArgumentException(
          "question " + question.key() + " is answered as " + question.type());
    }
    if (value instanceof AnswerValue.Chosen chosen) {
      chosen.choiceKeys().stream()
          .filter(choice -> question.choice(choice).isEmpty())
          .findFirst()
          .ifPresent(
              unknown -> {
                throw new IllegalArgumentException(
                    "question " + question.key() + " has no choice " + unknown);
              });
    }
    return this;
  }
}
