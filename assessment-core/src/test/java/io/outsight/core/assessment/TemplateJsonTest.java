package io.outsight.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.outsight.core.assessment.builtin.ReadinessAssessment;
import io.outsight.core.assessment.builtin.VendorDueDiligence;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.questionnaire.Section;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateJsonTest {

  @Test
  void aSnapshotReadsBackAsTheSameTemplate() {
    for (QuestionnaireTemplate template :
        List.of(
            VendorDueDiligence.version1(),
            ReadinessAssessment.version1(),
            ScoreCardTest.TEMPLATE)) {
      assertThat(TemplateJson.read(TemplateJson.write(template))).isEqualTo(template);
    }
  }

  @Test
  void theFingerprintChangesWithAnyChangeToTheContent() {
    QuestionnaireTemplate published = VendorDueDiligence.version1();
    List<Section> sections = new ArrayList<>(published.sections());
    Section first = sections.get(0);
    sections.set(0, new Section(first.key(), first.title(), first.weight() + 1, first.questions()));
    QuestionnaireTemplate reweighted =
        new QuestionnaireTemplate(
            published.id(), published.version(), published.title(), sections, published.redFlags());

    assertThat(TemplateJson.fingerprint(published))
        .hasSize(64)
        .isEqualTo(TemplateJson.fingerprint(VendorDueDiligence.version1()));
    assertThat(TemplateJson.fingerprint(reweighted))
        .isNotEqualTo(TemplateJson.fingerprint(published));
  }
}
