/**
 * The {@link io.outsight.extension.api.questionnaire.QuestionnaireProvider} extension point and the
 * templates it offers: versioned sections of weighted questions in English and Finnish, the answers
 * they take, and the red flags that fire whatever the score.
 */
package io.outsight.extension.api.questionnaire;
