package io.outsight.extension.api.questionnaire;

import io.outsight.extension.api.Extension;
import java.util.List;

/**
 * Contributes assessment templates, e.g. the built-in vendor due diligence and readiness
 * assessment.
 */
public interface QuestionnaireProvider extends Extension {

  /**
   * The published template versions this contribution offers; a version, once offered, never
   * changes.
   */
  List<QuestionnaireTemplate> templates();
}
