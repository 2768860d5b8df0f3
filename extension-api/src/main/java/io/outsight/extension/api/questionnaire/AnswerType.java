package io.outsight.extension.api.questionnaire;

/** How a question is answered; only the first four earn points. */
public enum AnswerType {
  SCALE_0_TO_5,
  YES_NO,
  SINGLE_CHOICE,
  MULTIPLE_CHOICE,
  NUMBER,
  MONEY,
  DATE,
  FREE_TEXT;

  public boolean scorable() {
    return ordinal() <= MULTIPLE_CHOICE.ordinal();
  }

  public boolean hasChoices() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}
