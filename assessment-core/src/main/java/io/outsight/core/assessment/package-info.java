/**
 * The questionnaire engine: versioned templates of sections and questions, answers with evidence,
 * explainable scores from 0 to 100, red flags that fire whatever the score, and the risk tier. "Not
 * answered" counts against the score; "not applicable" is left out of it. Templates are contributed
 * through the {@link io.outsight.extension.api.questionnaire.QuestionnaireProvider} extension
 * point.
 */
package io.outsight.core.assessment;
