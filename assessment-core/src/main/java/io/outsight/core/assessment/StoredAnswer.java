package io.outsight.core.assessment;

import io.outsight.extension.api.questionnaire.AnswerText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An answer as a row: its value as {@link AnswerText}, with its evidence. */
@Embeddable
public class StoredAnswer {

  @Column(name = "question_key")
  private String questionKey;

  @Column(name = "value_kind")
  private String kind;

  @Column(name = "value_text")
  private String value;

  @Column(name = "evidence_note")
  private String evidenceNote;

  @Column(name = "document_reference")
  private String documentReference;

  protected StoredAnswer() {}

  static StoredAnswer of(Answer answer) {
    StoredAnswer stored = new StoredAnswer();
    stored.questionKey = answer.questionKey();
    stored.evidenceNote = blankToNull(answer.evidenceNote());
    stored.documentReference = blankToNull(answer.documentReference());
    AnswerText text = AnswerText.of(answer.value());
    stored.kind = text.kind();
    stored.value = text.text();
    return stored;
  }

  Answer answer() {
    return new Answer(
        questionKey, new AnswerText(kind, value).value(), evidenceNote, documentReference);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
