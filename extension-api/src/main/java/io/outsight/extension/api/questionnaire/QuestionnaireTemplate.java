package io.outsight.extension.api.questionnaire;

import io.outsight.extension.api.LocalizedText;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A published version of a questionnaire. A version never changes once published: an assessment
 * keeps the version it was answered against, and a changed questionnaire is a new version beside
 * it.
 */
public record QuestionnaireTemplate(
    String id, int version, LocalizedText title, List<Section> sections, List<RedFlagRule> redFlags)
    implements Serializable {

  public QuestionnaireTemplate {
    if (id == null || !id.matches("[a-z0-9-]+") || version < 1) {
      throw new InvalidQuestionnaire(
          "id",
          "a template has a lower-case id and a version from 1: " + id + " v" + version,
          String.valueOf(id),
          String.valueOf(version));
    }
    sections = List.copyOf(sections);
    redFlags = List.copyOf(redFlags);
    requireUnique("section-twice", sections.stream().map(Section::key).toList());
    requireUnique("flag-twice", redFlags.stream().map(RedFlagRule::key).toList());
    Set<String> keys = new HashSet<>();
    for (Section section : sections) {
      for (Question question : section.questions()) {
        if (!keys.add(question.key())) {
          throw new InvalidQuestionnaire(
              "question-twice",
              "template " + id + ": question " + question.key() + " appears twice",
              question.key());
        }
      }
    }
    Map<String, Question> byKey =
        sections.stream()
            .flatMap(section -> section.questions().stream())
            .collect(Collectors.toMap(Question::key, Function.identity()));
    for (RedFlagRule flag : redFlags) {
      Question question = byKey.get(flag.questionKey());
      if (question == null || !flag.when().suits(question)) {
        throw new InvalidQuestionnaire(
            "flag-unfit",
            "template "
                + id
                + ": red flag "
                + flag.key()
                + " does not fit question "
                + flag.questionKey(),
            flag.key(),
            String.valueOf(flag.questionKey()));
      }
    }
  }

  private static void requireUnique(String rule, List<String> keys) {
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      if (!seen.add(key)) {
        throw new InvalidQuestionnaire(rule, key + " appears twice", key);
      }
    }
  }

  public Optional<Question> question(String key) {
    return sections.stream()
        .flatMap(section -> section.questions().stream())
        .filter(question -> question.key().equals(key))
        .findFirst();
  }

  /** The questions in the order they are asked. */
  public List<Question> questions() {
    return sections.stream().flatMap(section -> section.questions().stream()).toList();
  }
}
