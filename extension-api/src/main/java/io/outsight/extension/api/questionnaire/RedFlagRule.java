package io.outsight.extension.api.questionnaire;

import io.outsight.extension.api.LocalizedText;
import java.io.Serializable;

/**
 * An answer that is a red flag whatever the score, e.g. "the leads stay with the vendor and may be
 * reused for competitors". A flag raises the risk tier; it is not a deduction of points.
 */
public record RedFlagRule(
    String key, LocalizedText description, String questionKey, AnswerCondition when)
    implements Serializable {

  public RedFlagRule {
    if (key == null || !key.matches("[a-z0-9-]+")) {
      throw new InvalidQuestionnaire(
          "flag-key", "a red flag key is lower case: " + key, String.valueOf(key));
    }
  }
}
