package io.outsight.registry.link;

import io.outsight.core.assessment.Answer;
import io.outsight.core.assessment.AssessmentStatus;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import java.io.Serializable;
import java.util.List;

/**
 * What a questionnaire link shows its holder: the questions of the vendor's assessment and the
 * answers saved so far, never the assessor's score card or a reviewer's comment.
 *
 * @param version the assessment's version, for saving over exactly what was shown
 */
public record QuestionnaireAccess(
    LinkAccess link,
    long assessmentId,
    long version,
    AssessmentStatus status,
    QuestionnaireTemplate template,
    List<Answer> answers)
    implements Serializable {}
