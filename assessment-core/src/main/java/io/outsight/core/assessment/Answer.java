package io.outsight.core.assessment;

import io.outsight.core.rules.EnteredText;
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
}
