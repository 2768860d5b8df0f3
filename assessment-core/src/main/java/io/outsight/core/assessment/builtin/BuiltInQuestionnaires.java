package io.outsight.core.assessment.builtin;

import io.outsight.extension.api.questionnaire.QuestionnaireProvider;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import java.util.List;

/** Outsight's own contribution to the questionnaire extension point. */
public class BuiltInQuestionnaires implements QuestionnaireProvider {

  @Override
  public String id() {
    return "io.outsight.questionnaires";
  }

  @Override
  public String displayName() {
    return "Outsight built-in questionnaires";
  }

  @Override
  public String version() {
    return "1.0";
  }

  @Override
  public List<QuestionnaireTemplate> templates() {
    return List.of(
        VendorDueDiligence.version1(),
        VendorDueDiligence.version2(),
        VendorDueDiligence.version3(),
        ReadinessAssessment.version1(),
        ReadinessAssessment.version2());
  }
}
