package io.outsight.core.assessment;

import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.questionnaire.Section;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed from one version of a questionnaire to another, as someone about to publish or audit
 * a version reads it: sections, questions and red flags added, removed or changed, and for a
 * changed one, which of its parts. Items are matched by key, so a reworded question is a change,
 * and a question under a new key is one removed and one added.
 */
public record TemplateDiff(int fromVersion, int toVersion, List<Change> changes)
    implements Serializable {

  /** How an item differs. */
  @Schema(name = "TemplateChangeKind")
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /** What an item is. */
  public enum Subject {
    TEMPLATE,
    SECTION,
    QUESTION,
    RED_FLAG
  }

  /** One item's change; {@code parts} name what changed in a changed one, in the record's order. */
  @Schema(name = "TemplateChange")
  public record Change(Kind kind, Subject subject, String key, List<String> parts)
      implements Serializable {

    public Change {
      parts = List.copyOf(parts);
    }
  }

  public TemplateDiff {
    changes = List.copyOf(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public static TemplateDiff between(QuestionnaireTemplate from, QuestionnaireTemplate to) {
    if (!from.id().equals(to.id())) {
      throw new IllegalArgumentException(
          "versions of one questionnaire are compared, not " + from.id() + " and " + to.id());
    }
    List<Change> changes = new ArrayList<>();
    if (!from.title().equals(to.title())) {
      changes.add(new Change(Kind.CHANGED, Subject.TEMPLATE, to.id(), List.of("title")));
    }
    compare(
        Subject.SECTION,
        from.sections(),
        to.sections(),
        Section::key,
        TemplateDiff::sectionParts,
        changes);
    Map<String, String> sectionOfBefore = sectionOfQuestion(from);
    Map<String, String> sectionOfAfter = sectionOfQuestion(to);
    compare(
        Subject.QUESTION,
        from.questions(),
        to.questions(),
        Question::key,
        (before, after) -> {
          List<String> parts = questionParts(before, after);
          if (!sectionOfBefore.get(before.key()).equals(sectionOfAfter.get(after.key()))) {
            parts.add("section");
          }
          return parts;
        },
        changes);
    compare(
        Subject.RED_FLAG,
        from.redFlags(),
        to.redFlags(),
        RedFlagRule::key,
        TemplateDiff::flagParts,
        changes);
    return new TemplateDiff(from.version(), to.version(), changes);
  }

  private interface Parts<T> {
    List<String> of(T before, T after);
  }

  /**
   * Removed and changed items in the earlier version's order, then the added ones in the later's.
   */
  private static <T> void compare(
      Subject subject,
      List<T> before,
      List<T> after,
      Function<T, String> key,
      Parts<T> parts,
      List<Change> changes) {
    Map<String, T> afterByKey = new LinkedHashMap<>();
    after.forEach(item -> afterByKey.put(key.apply(item), item));
    Map<String, T> beforeByKey = new LinkedHashMap<>();
    before.forEach(item -> beforeByKey.put(key.apply(item), item));
    for (T earlier : before) {
      T later = afterByKey.get(key.apply(earlier));
      if (later == null) {
        changes.add(new Change(Kind.REMOVED, subject, key.apply(earlier), List.of()));
      } else {
        List<String> changed = parts.of(earlier, later);
        if (!changed.isEmpty()) {
          changes.add(new Change(Kind.CHANGED, subject, key.apply(earlier), changed));
        }
      }
    }
    for (T later : after) {
      if (!beforeByKey.containsKey(key.apply(later))) {
        changes.add(new Change(Kind.ADDED, subject, key.apply(later), List.of()));
      }
    }
  }

  private static List<String> sectionParts(Section before, Section after) {
    List<String> parts = new ArrayList<>();
    differs(parts, "title", before.title(), after.title());
    differs(parts, "weight", before.weight(), after.weight());
    return parts;
  }

  private static List<String> questionParts(Question before, Question after) {
    List<String> parts = new ArrayList<>();
    differs(parts, "text", before.text(), after.text());
    differs(parts, "type", before.type(), after.type());
    differs(parts, "weight", before.weight(), after.weight());
    differs(parts, "anchors", before.anchors(), after.anchors());
    differs(parts, "favourable", before.yesIsFavourable(), after.yesIsFavourable());
    differs(parts, "choices", before.choices(), after.choices());
    return parts;
  }

  private static List<String> flagParts(RedFlagRule before, RedFlagRule after) {
    List<String> parts = new ArrayList<>();
    differs(parts, "description", before.description(), after.description());
    differs(parts, "question", before.questionKey(), after.questionKey());
    differs(parts, "condition", before.when(), after.when());
    return parts;
  }

  private static void differs(List<String> parts, String part, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      parts.add(part);
    }
  }

  private static Map<String, String> sectionOfQuestion(QuestionnaireTemplate template) {
    Map<String, String> sectionOf = new LinkedHashMap<>();
    template
        .sections()
        .forEach(
            section ->
                section
                    .questions()
                    .forEach(question -> sectionOf.put(question.key(), section.key())));
    return sectionOf;
  }
}
