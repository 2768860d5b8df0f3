package io.outsight.extension.api.questionnaire;

import io.outsight.extension.api.LocalizedText;
import java.io.Serializable;
import java.util.List;

/** A group of questions scored together; its weight is its share of the overall score. */
public record Section(String key, LocalizedText title, int weight, List<Question> questions)
    implements Serializable {

  public Section {
    if (key == null || !key.matches("[a-z0-9-]+")) {
      throw new InvalidQuestionnaire(
          "section-key", "a section key is lower case: " + key, String.valueOf(key));
    }
    if (weight < 0 || questions.isEmpty()) {
      throw new InvalidQuestionnaire(
          "section", "section " + key + ": a weight of 0 or more and at least one question", key);
    }
    questions = List.copyOf(questions);
  }
}
