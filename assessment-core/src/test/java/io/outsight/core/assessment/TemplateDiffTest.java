package io.outsight.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.assessment.TemplateDiff.Change;
import io.outsight.core.assessment.TemplateDiff.Kind;
import io.outsight.core.assessment.TemplateDiff.Subject;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.AnswerCondition;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.questionnaire.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateDiffTest {

  private static final LocalizedText OWNERSHIP =
      new LocalizedText("Who owns the leads?", "Kuka omistaa liidit?");

  private static QuestionnaireTemplate version(
      int version, List<Section> sections, List<RedFlagRule> flags) {
    return new QuestionnaireTemplate(
        "data-check", version, new LocalizedText("Data", "Data"), sections, flags);
  }

  private static Section section(String key, int weight, Question... questions) {
    return new Section(key, new LocalizedText(key, key), weight, List.of(questions));
  }

  private static final Question LEADS_OURS = Question.yesNo("data.leads", 10, OWNERSHIP, true);
  private static final Question DELETION =
      Question.yesNo(
          "data.deletion", 5, new LocalizedText("Deleted at exit?", "Poistetaanko lopussa?"), true);
  private static final Question HANDOVER =
      Question.yesNo(
          "exit.handover",
          5,
          new LocalizedText("Handed over at exit?", "Luovutetaanko lopussa?"),
          true);
  private static final RedFlagRule LEADS_REUSED =
      new RedFlagRule(
          "leads-reused",
          new LocalizedText("The vendor keeps the leads", "Toimittaja pitää liidit"),
          "data.leads",
          new AnswerCondition.AnsweredNo());

  @Test
  void theSameVersionTwiceHasNoChange() {
    QuestionnaireTemplate one = version(1, List.of(section("data", 100, LEADS_OURS)), List.of());
    assertThat(TemplateDiff.between(one, one).isEmpty()).isTrue();
  }

  @Test
  void eachItemAddedRemovedOrChangedIsNamedWithThePartsThatChanged() {
    QuestionnaireTemplate first =
        version(1, List.of(section("data", 100, LEADS_OURS, DELETION)), List.of());
    Question reworded =
        Question.yesNo(
            "data.leads",
            20,
            new LocalizedText("Are the leads ours?", "Ovatko liidit meidän?"),
            true);
    Question location =
        Question.yesNo(
            "data.location", 5, new LocalizedText("Data in the EU?", "Data EU:ssa?"), true);
    QuestionnaireTemplate second =
        version(
            2,
            List.of(section("data", 80, reworded), section("exit", 20, location)),
            List.of(LEADS_REUSED));

    TemplateDiff diff = TemplateDiff.between(first, second);

    assertThat(diff.fromVersion()).isEqualTo(1);
    assertThat(diff.toVersion()).isEqualTo(2);
    assertThat(diff.changes())
        .containsExactly(
            new Change(Kind.CHANGED, Subject.SECTION, "data", List.of("weight")),
            new Change(Kind.ADDED, Subject.SECTION, "exit", List.of()),
            new Change(Kind.CHANGED, Subject.QUESTION, "data.leads", List.of("text", "weight")),
            new Change(Kind.REMOVED, Subject.QUESTION, "data.deletion", List.of()),
            new Change(Kind.ADDED, Subject.QUESTION, "data.location", List.of()),
            new Change(Kind.ADDED, Subject.RED_FLAG, "leads-reused", List.of()));
  }

  @Test
  void aQuestionMovedToAnotherSectionAndAFlagsConditionChangedAreNamed() {
    QuestionnaireTemplate first =
        version(
            1,
            List.of(section("data", 50, LEADS_OURS), section("exit", 50, DELETION)),
            List.of(LEADS_REUSED));
    RedFlagRule onYes =
        new RedFlagRule(
            "leads-reused",
            LEADS_REUSED.description(),
            "data.leads",
            new AnswerCondition.AnsweredYes());
    QuestionnaireTemplate second =
        version(
            2,
            List.of(section("data", 50, LEADS_OURS, DELETION), section("exit", 50, HANDOVER)),
            List.of(onYes));

    assertThat(TemplateDiff.between(first, second).changes())
        .containsExactly(
            new Change(Kind.CHANGED, Subject.QUESTION, "data.deletion", List.of("section")),
            new Change(Kind.ADDED, Subject.QUESTION, "exit.handover", List.of()),
            new Change(Kind.CHANGED, Subject.RED_FLAG, "leads-reused", List.of("condition")));
  }

  @Test
  void onlyVersionsOfOneQuestionnaireAreCompared() {
    QuestionnaireTemplate one = version(1, List.of(section("data", 100, LEADS_OURS)), List.of());
    QuestionnaireTemplate other =
        new QuestionnaireTemplate(
            "other", 1, new LocalizedText("Other", "Muu"), one.sections(), List.of());
    assertThatThrownBy(() -> TemplateDiff.between(one, other))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
