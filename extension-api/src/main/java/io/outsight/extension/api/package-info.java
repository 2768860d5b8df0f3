/**
 * Outsight's published extension API: what every contribution says about itself ({@link
 * io.outsight.extension.api.Extension}) and the version of this API ({@link
 * io.outsight.extension.api.ApiVersion}). The four extension points live beside the values they
 * exchange: {@link io.outsight.extension.api.questionnaire.QuestionnaireProvider} (assessment
 * templates), {@link io.outsight.extension.api.compensation.CompensationModel} (how a vendor is
 * paid), {@link io.outsight.extension.api.metric.MetricDefinition} (what a contract can target) and
 * {@link io.outsight.extension.api.report.ReportExporter} (export formats). The API runs on the JDK
 * alone, so an extension built against it knows nothing of the portal's internals.
 */
package io.outsight.extension.api;
