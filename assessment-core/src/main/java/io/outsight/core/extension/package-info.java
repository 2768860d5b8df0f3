/**
 * The suite's plug-in model: what every contribution says about itself. Other modules of the portal
 * (or a customer, in a jar of their own) contribute by implementing one of the extension points,
 * each kept beside the domain types it speaks of so that this package depends on none of them:
 * {@link io.outsight.core.assessment.QuestionnaireProvider} (assessment templates), {@link
 * io.outsight.core.compensation.CompensationModel} (how a vendor is paid), {@link
 * io.outsight.core.metric.MetricDefinition} (what a contract can target) and {@link
 * io.outsight.core.report.ReportExporter} (export formats). Contributions are CDI beans, found by
 * their interface; the core's own are declared as beans by the vendor registry, as the core knows
 * no container.
 */
package io.outsight.core.extension;
