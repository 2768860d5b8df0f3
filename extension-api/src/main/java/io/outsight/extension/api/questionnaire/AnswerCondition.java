package io.outsight.extension.api.questionnaire;

import java.io.Serializable;

/** When an answer raises a red flag. */
public sealed interface AnswerCondition extends Serializable {

  boolean holdsFor(AnswerValue value);

  /** Whether the condition can be asked of this question: its type, and its choices or levels. */
  boolean suits(Question question);

  record AnsweredNo() implements AnswerCondition {
    @Override
    public boolean holdsFor(AnswerValue value) {
      return value instanceof AnswerValue.YesNo answer && !answer.yes();
    }

    @Override
    public boolean suits(Question question) {
      return question.type() == AnswerType.YES_NO;
    }
  }

  record AnsweredYes() implements AnswerCondition {
    @Override
    public boolean holdsFor(AnswerValue value) {
      return value instanceof AnswerValue.YesNo answer && answer.yes();
    }

    @Override
    public boolean suits(Question question) {
      return question.type() == AnswerType.YES_NO;
    }
  }

  record Chose(String choiceKey) implements AnswerCondition {
    @Override
    public boolean holdsFor(AnswerValue value) {
      return value instanceof AnswerValue.Chosen answer && answer.choiceKeys().contains(choiceKey);
    }

    @Override
    public boolean suits(Question question) {
      return question.choice(choiceKey).isPresent();
    }
  }

  record ScaleAtMost(int level) implements AnswerCondition {
    @Override
    public boolean holdsFor(AnswerValue value) {
      return value instanceof AnswerValue.Scale answer && answer.level() <= level;
    }

    @Override
    public boolean suits(Question question) {
      return question.type() == AnswerType.SCALE_0_TO_5 && level >= 0 && level < 5;
    }
  }
}
