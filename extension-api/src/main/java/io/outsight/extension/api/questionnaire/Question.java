package io.outsight.extension.api.questionnaire;

import io.outsight.extension.api.LocalizedText;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A question of a template. A 0-5 scale describes what each level means ({@code anchors}, six of
 * them); a yes/no question says which answer is the favourable one; a choice question lists its
 * options. The weight is the points the question is worth within its section; zero means it is
 * asked for information and does not count.
 */
public record Question(
    String key,
    LocalizedText text,
    AnswerType type,
    int weight,
    List<LocalizedText> anchors,
    boolean yesIsFavourable,
    List<Choice> choices)
    implements Serializable {

  public Question {
    if (key == null || !key.matches("[a-z0-9]+(\\.[a-z0-9-]+)*")) {
      throw new InvalidQuestionnaire(
          "question-key", "a question key is dotted lower case: " + key, String.valueOf(key));
    }
    if (weight < 0 || (weight > 0 && !type.scorable())) {
      throw new InvalidQuestionnaire(
          "weight",
          "question " + key + ": only scale, yes/no and choice questions carry weight",
          key);
    }
    anchors = List.copyOf(anchors);
    choices = List.copyOf(choices);
    if (type == AnswerType.SCALE_0_TO_5 && anchors.size() != 6) {
      throw new InvalidQuestionnaire(
          "anchors", "question " + key + ": a 0-5 scale describes each of its 6 levels", key);
    }
    if (choices.stream().map(Choice::key).distinct().count() < choices.size()) {
      throw new InvalidQuestionnaire(
          "choice-twice", "question " + key + ": two choices have the same key", key);
    }
    if (type.hasChoices() == choices.isEmpty()) {
      throw new InvalidQuestionnaire(
          "choices", "question " + key + ": choices belong to choice questions only", key);
    }
  }

  public static Question scale(
      String key, int weight, LocalizedText text, List<LocalizedText> anchors) {
    return new Question(key, text, AnswerType.SCALE_0_TO_5, weight, anchors, false, List.of());
  }

  public static Question yesNo(
      String key, int weight, LocalizedText text, boolean yesIsFavourable) {
    return new Question(
        key, text, AnswerType.YES_NO, weight, List.of(), yesIsFavourable, List.of());
  }

  public static Question choice(
      String key, int weight, LocalizedText text, AnswerType type, List<Choice> choices) {
    return new Question(key, text, type, weight, List.of(), false, choices);
  }

  public static Question information(String key, LocalizedText text, AnswerType type) {
    return new Question(key, text, type, 0, List.of(), false, List.of());
  }

  public boolean scored() {
    return weight > 0;
  }

  public Optional<Choice> choice(String choiceKey) {
    return choices.stream().filter(choice -> choice.key().equals(choiceKey)).findFirst();
  }

  /**
   * An answer to this question as the assessor gave it, in words a reviewer reads: a choice by its
   * label, yes or no, a scale level with the anchor it stands for.
   */
  public LocalizedText describe(AnswerValue value) {
    if (value instanceof AnswerValue.Scale scale) {
      LocalizedText anchor = anchors.get(scale.level());
      return new LocalizedText(
          levelled(scale.level(), anchor.en()), levelled(scale.level(), anchor.fi()));
    }
    if (value instanceof AnswerValue.YesNo yesNo) {
      return yesNo.yes() ? new LocalizedText("Yes", "Kyllä") : new LocalizedText("No", "Ei");
    }
    if (value instanceof AnswerValue.Chosen chosen) {
      List<LocalizedText> labels =
          choices.stream()
              .filter(choice -> chosen.choiceKeys().contains(choice.key()))
              .map(Choice::label)
              .toList();
      return new LocalizedText(
          String.join(", ", labels.stream().map(LocalizedText::en).toList()),
          String.join(", ", labels.stream().map(LocalizedText::fi).toList()));
    }
    if (value instanceof AnswerValue.NotApplicable) {
      return new LocalizedText("Not applicable", "Ei koske meitä");
    }
    String text = AnswerText.of(value).text();
    return new LocalizedText(text, text);
  }

  /** An anchor with its level in front, unless it starts with it already ("4 - Good"). */
  private static String levelled(int level, String anchor) {
    return anchor.startsWith(level + " ") ? anchor : level + " – " + anchor;
  }
}
