package io.outsight.extension.api.questionnaire;

import io.outsight.extension.api.LocalizedText;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One option of a choice question and the share of the question's points it earns, from 0 (worst)
 * to 1 (best). For multiple choice the shares of the chosen options add up, to at most 1.
 */
public record Choice(String key, LocalizedText label, BigDecimal credit) implements Serializable {

  public Choice {
    if (key == null || !key.matches("[a-z0-9-]+")) {
      throw new InvalidQuestionnaire(
          "choice-key", "a choice key is lower case: " + key, String.valueOf(key));
    }
    if (credit.signum() < 0 || credit.compareTo(BigDecimal.ONE) > 0) {
      throw new InvalidQuestionnaire(
          "credit", "choice " + key + ": credit is between 0 and 1", key);
    }
  }

  public static Choice of(String key, String en, String fi, String credit) {
    return new Choice(key, new LocalizedText(en, fi), new BigDecimal(credit));
  }
}
