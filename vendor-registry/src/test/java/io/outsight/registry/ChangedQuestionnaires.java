package io.outsight.registry;

import io.outsight.core.assessment.builtin.VendorDueDiligence;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.QuestionnaireProvider;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A second provider, as another module of the suite would install it: it offers version 1 of the
 * due diligence changed (which must not replace the published one) and a version 4 beside the
 * built-in version 3.
 */
@ApplicationScoped
public class ChangedQuestionnaires implements QuestionnaireProvider {

  static QuestionnaireTemplate retitled(QuestionnaireTemplate original, int version, String title) {
    return new QuestionnaireTemplate(
        original.id(),
        version,
        new LocalizedText(title, title),
        original.sections(),
        original.redFlags());
  }

  @Override
  public String id() {
    return "it.changed-questionnaires";
  }

  @Override
  public String displayName() {
    return "Changed questionnaires (test)";
  }

  @Override
  public String version() {
    return "0.1";
  }

  @Override
  public List<QuestionnaireTemplate> templates() {
    return List.of(
        retitled(VendorDueDiligence.version1(), 1, "Changed after publication"),
        retitled(VendorDueDiligence.version3(), 4, "Vendor due diligence, fourth edition"));
  }
}
