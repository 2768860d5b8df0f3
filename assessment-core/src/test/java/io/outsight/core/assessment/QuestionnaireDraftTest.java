package io.outsight.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.assessment.builtin.ReadinessAdvice;
import io.outsight.core.assessment.builtin.ReadinessAssessment;
import io.outsight.core.assessment.builtin.VendorDueDiligence;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.AnswerCondition;
import io.outsight.extension.api.questionnaire.AnswerType;
import io.outsight.extension.api.questionnaire.Choice;
import io.outsight.extension.api.questionnaire.InvalidQuestionnaire;
import io.outsight.extension.api.questionnaire.Question;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.questionnaire.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireDraftTest {

  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

  private static QuestionnaireTemplate withSections(
      QuestionnaireTemplate template, int version, List<Section> sections) {
    return new QuestionnaireTemplate(
        template.id(), version, template.title(), sections, template.redFlags());
  }

  @Test
  void aDraftStartsAsTheNextVersionWithTheNewestVersionsContent() {
    QuestionnaireTemplate published = VendorDueDiligence.version1();

    QuestionnaireDraft draft = QuestionnaireDraft.after(published, "admin", NOW);

    assertThat(draft.basedOn()).isEqualTo(1);
    assertThat(draft.template().version()).isEqualTo(2);
    assertThat(draft.template().sections()).isEqualTo(published.sections());
    assertThat(TemplateDiff.between(published, draft.template()).isEmpty()).isTrue();
    assertThat(draft.publishedBy("admin", NOW).provider()).isEqualTo("portal:admin");
  }

  @Test
  void aRevisionReplacesTheContentButOnlyForTheDraftsOwnVersion() {
    QuestionnaireTemplate published = VendorDueDiligence.version1();
    QuestionnaireDraft draft = QuestionnaireDraft.after(published, "admin", NOW);
    List<Section> fewer = new ArrayList<>(published.sections());
    Section first = fewer.get(0);
    fewer.set(0, new Section(first.key(), first.title(), first.weight() + 5, first.questions()));

    draft.revise(withSections(published, 2, fewer), "second-admin", NOW.plusSeconds(60));

    assertThat(draft.template().sections().get(0).weight()).isEqualTo(first.weight() + 5);
    assertThat(draft.revisedBy()).isEqualTo("second-admin");
    assertThatThrownBy(() -> draft.revise(withSections(published, 3, fewer), "admin", NOW))
        .isInstanceOfSatisfying(
            InvalidQuestionnaire.class,
            invalid -> {
              assertThat(invalid.rule()).isEqualTo("questionnaire.draft-version");
              assertThat(invalid.details()).containsExactly(VendorDueDiligence.ID, "2");
            });
    assertThat(draft.template().version()).isEqualTo(2);
  }

  @Test
  void everyTextIsNeededInBothLanguagesAndTheRefusalNamesWhere() {
    QuestionnaireTemplate published = VendorDueDiligence.version1();
    QuestionnaireDraft draft = QuestionnaireDraft.after(published, "admin", NOW);
    Section first = published.sections().get(0);
    Question question = first.questions().get(0);
    Question untranslated =
        new Question(
            question.key(),
            new LocalizedText(question.text().en(), " "),
            question.type(),
            question.weight(),
            question.anchors(),
            question.yesIsFavourable(),
            question.choices());
    List<Question> questions = new ArrayList<>(first.questions());
    questions.set(0, untranslated);
    List<Section> sections = new ArrayList<>(published.sections());
    sections.set(0, new Section(first.key(), first.title(), first.weight(), questions));

    assertThatThrownBy(() -> draft.revise(withSections(published, 2, sections), "admin", NOW))
        .isInstanceOfSatisfying(
            InvalidQuestionnaire.class,
            invalid -> {
              assertThat(invalid.rule()).isEqualTo("questionnaire.text-missing");
              assertThat(invalid.details()).containsExactly(question.key());
            });
  }

  @Test
  void aVersionThatCannotBeAskedIsRefusedWithWhatToFix() {
    LocalizedText text = new LocalizedText("Owned?", "Omistettu?");
    assertThatThrownBy(() -> Question.scale("data.owned", 5, text, List.of(text, text, text)))
        .isInstanceOfSatisfying(
            InvalidQuestionnaire.class,
            invalid -> {
              assertThat(invalid.rule()).isEqualTo("questionnaire.anchors");
              assertThat(invalid.details()).containsExactly("data.owned");
            });
    assertThatThrownBy(
            () ->
                new Question(
                    "data.notes", text, AnswerType.FREE_TEXT, 3, List.of(), false, List.of()))
        .isInstanceOfSatisfying(
            InvalidQuestionnaire.class,
            invalid -> assertThat(invalid.rule()).isEqualTo("questionnaire.weight"));
    Question single =
        Question.choice(
            "data.owner",
            5,
            text,
            AnswerType.SINGLE_CHOICE,
            List.of(Choice.of("us", "Us", "Me", "1"), Choice.of("them", "Them", "He", "0")));
    Section section = new Section("data", text, 10, List.of(single));
    assertThatThrownBy(
            () ->
                new QuestionnaireTemplate(
                    "data-check",
                    1,
                    text,
                    List.of(section),
                    List.of(
                        new RedFlagRule(
                            "vendor-owns",
                            text,
                            "data.owner",
                            new AnswerCondition.Chose("vendor")))))
        .isInstanceOfSatisfying(
            InvalidQuestionnaire.class,
            invalid -> {
              assertThat(invalid.rule()).isEqualTo("questionnaire.flag-unfit");
              assertThat(invalid.details()).containsExactly("vendor-owns", "data.owner");
            });
    assertThatThrownBy(
            () ->
                new QuestionnaireTemplate(
                    "data-check", 1, text, List.of(section, section), List.of()))
        .isInstanceOfSatisfying(
            InvalidQuestionnaire.class,
            invalid -> assertThat(invalid.rule()).isEqualTo("questionnaire.section-twice"));
  }

  @Test
  void aReadinessVersionWithoutAQuestionTheAdviceReadsIsRefused() {
    QuestionnaireTemplate published = ReadinessAssessment.version2();
    ReadinessAdvice.requireReadable(published);
    List<Section> withoutTheLast = new ArrayList<>();
    for (Section section : published.sections()) {
      List<Question> kept =
          section.questions().stream()
              .filter(question -> !question.key().equals("control.willing"))
              .toList();
      if (!kept.isEmpty()) {
        withoutTheLast.add(new Section(section.key(), section.title(), section.weight(), kept));
      }
    }

    assertThatThrownBy(
            () -> ReadinessAdvice.requireReadable(withSections(published, 3, withoutTheLast)))
        .isInstanceOfSatisfying(
            InvalidQuestionnaire.class,
            invalid -> {
              assertThat(invalid.rule()).isEqualTo("questionnaire.advice-reads");
              assertThat(invalid.details()).containsExactly("control.willing");
            });
  }
}
