package io.outsight.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.assessment.builtin.ReadinessAssessment;
import io.outsight.core.assessment.builtin.VendorDueDiligence;
import io.outsight.extension.api.questionnaire.AnswerType;
import io.outsight.extension.api.questionnaire.InvalidQuestionnaire;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.web.admin.DraftOutline.QuestionRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftOutlineTest {

  @Test
  void theFormHoldsEveryPartOfAVersionSoThatSavingItUnchangedChangesNothing() {
    for (QuestionnaireTemplate version :
        List.of(
            VendorDueDiligence.version1(),
            VendorDueDiligence.version2(),
            ReadinessAssessment.version1(),
            ReadinessAssessment.version2())) {
      assertThat(DraftOutline.of(version).template(version.id(), version.version()))
          .isEqualTo(version);
    }
  }

  @Test
  void optionsAreWrittenOnePerLineAndAWrongLineIsNamed() {
    DraftOutline outline = DraftOutline.of(ReadinessAssessment.version1());
    outline.addSection();
    DraftOutline.SectionRow section = outline.getSections().get(outline.getSections().size() - 1);
    section.setKey("exit");
    section.setTitleEn("Exit");
    section.setTitleFi("Irtautuminen");
    section.setWeight(5);
    QuestionRow question = section.getQuestions().get(0);
    assertThat(question.isOpen()).as("a new question is shown open").isTrue();
    question.setKey("exit.handover");
    question.setTextEn("Who keeps the leads at the end?");
    question.setTextFi("Kuka pitää liidit lopussa?");
    question.setType(AnswerType.SINGLE_CHOICE);
    question.setWeight(5);
    question.setChoices("us | 1 | We do | Me\n\nthem | 0,25 | They do | He");

    QuestionnaireTemplate written = outline.template(ReadinessAssessment.ID, 2);

    assertThat(written.question("exit.handover").orElseThrow().choices())
        .extracting(choice -> choice.key() + " " + choice.credit() + " " + choice.label().fi())
        .containsExactly("us 1 Me", "them 0.25 He");

    question.setChoices("us | 1 | We do | Me\nthem | plenty | They do | He");
    assertThatThrownBy(() -> outline.template(ReadinessAssessment.ID, 2))
        .isInstanceOfSatisfying(
            InvalidQuestionnaire.class,
            invalid -> {
              assertThat(invalid.rule()).isEqualTo("questionnaire.choice-line");
              assertThat(invalid.details()).containsExactly("exit.handover", "2");
            });
  }

  @Test
  void aScaleDescribesItsLevelsInBothLanguagesAlike() {
    DraftOutline outline = DraftOutline.of(ReadinessAssessment.version1());
    QuestionRow control =
        outline.getSections().stream()
            .flatMap(section -> section.getQuestions().stream())
            .filter(question -> question.getKey().equals("control.willing"))
            .findFirst()
            .orElseThrow();
    control.setLevelsFi("yksi\nkaksi");

    assertThatThrownBy(() -> outline.template(ReadinessAssessment.ID, 2))
        .isInstanceOfSatisfying(
            InvalidQuestionnaire.class,
            invalid -> {
              assertThat(invalid.rule()).isEqualTo("questionnaire.levels-unpaired");
              assertThat(invalid.details()).containsExactly("control.willing");
            });
    outline.open(List.of("control.willing"));
    assertThat(control.isOpen()).isTrue();
  }
}
