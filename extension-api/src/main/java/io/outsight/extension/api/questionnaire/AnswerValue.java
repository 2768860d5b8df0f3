package io.outsight.extension.api.questionnaire;

import io.outsight.extension.api.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** What was answered; "not applicable" is an answer too, unlike a question left unanswered. */
public sealed interface AnswerValue extends Serializable {

  /** Whether this value can answer a question of the given type. */
  boolean fits(AnswerType type);

  record Scale(int level) implements AnswerValue {
    public Scale {
      if (level < 0 || level > 5) {
        throw new IllegalArgumentException("a scale answer is 0 to 5: " + level);
      }
    }

    @Override
    public boolean fits(AnswerType type) {
      return type == AnswerType.SCALE_0_TO_5;
    }
  }

  record YesNo(boolean yes) implements AnswerValue {
    @Override
    public boolean fits(AnswerType type) {
      return type == AnswerType.YES_NO;
    }
  }

  record Chosen(Set<String> choiceKeys) implements AnswerValue {
    public Chosen {
      choiceKeys = Set.copyOf(choiceKeys);
    }

    @Override
    public boolean fits(AnswerType type) {
      return type == AnswerType.MULTIPLE_CHOICE
          || (type == AnswerType.SINGLE_CHOICE && choiceKeys.size() == 1);
    }
  }

  record Quantity(BigDecimal value) implements AnswerValue {
    @Override
    public boolean fits(AnswerType type) {
      return type == AnswerType.NUMBER;
    }
  }

  record Amount(Money value) implements AnswerValue {
    @Override
    public boolean fits(AnswerType type) {
      return type == AnswerType.MONEY;
    }
  }

  record Day(LocalDate value) implements AnswerValue {
    @Override
    public boolean fits(AnswerType type) {
      return type == AnswerType.DATE;
    }
  }

  record Text(String value) implements AnswerValue {
    @Override
    public boolean fits(AnswerType type) {
      return type == AnswerType.FREE_TEXT;
    }
  }

  record NotApplicable() implements AnswerValue {
    @Override
    public boolean fits(AnswerType type) {
      return true;
    }
  }
}
