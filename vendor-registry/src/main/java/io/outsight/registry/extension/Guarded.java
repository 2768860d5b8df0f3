package io.outsight.registry.extension;

import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.Extension;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.Parameter;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.MetricUnit;
import io.outsight.extension.api.metric.PeriodOutcome;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.questionnaire.QuestionnaireProvider;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.extension.api.report.ReportDocument;
import io.outsight.extension.api.report.ReportExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dropped-in contribution behind a guard: whatever it throws while in use (other than a failed
 * write, or terms a compensation model refuses, which refuse the contract) becomes the rule {@code
 * extension.failed} naming it and its jar, so the request fails with a clear error and its
 * transaction stores nothing.
 */
final class Guarded {

  private Guarded() {}

  /** The contribution guarded as one of {@code point}, the point its service file named. */
  static Extension of(Class<? extends Extension> point, Contribution contribution) {
    Extension extension = contribution.extension();
    Guard guard = new Guard(extension, contribution.id(), contribution.module());
    if (point == CompensationModel.class) {
      return new Model((CompensationModel) extension, guard);
    }
    if (point == MetricDefinition.class) {
      return new Metric((MetricDefinition) extension, guard);
    }
    if (point == QuestionnaireProvider.class) {
      return new Provider((QuestionnaireProvider) extension, guard);
    }
    if (point == ReportExporter.class) {
      return new Exporter((ReportExporter) extension, guard);
    }
    throw new IllegalArgumentException(point + " is no extension point");
  }

  /** Whether the contribution came in a jar, behind a guard, rather than with the portal. */
  static boolean isDroppedIn(Extension extension) {
    return extension instanceof Delegating;
  }

  /** A call into a contribution, with what it may throw as the API declares it. */
  @FunctionalInterface
  private interface Work<T, E extends Exception> {
    T run() throws E;
  }

  /**
   * Runs a call into the contribution with its own class loader as the thread's (libraries it
   * bundles look up what they need there), naming it and its jar when the call fails.
   */
  private record Guard(Extension extension, String id, String module) {

    <T, E extends Exception> T call(Work<T, E> work) throws E {
      Thread thread = Thread.currentThread();
      ClassLoader portal = thread.getContextClassLoader();
      thread.setContextClassLoader(extension.getClass().getClassLoader());
      try {
        return work.run();
      } catch (RuleViolation violation) {
        // a rule the portal applies on its behalf, as the API has it
        throw violation;
      } catch (RuntimeException | LinkageError e) {
        throw failure(e);
      } finally {
        thread.setContextClassLoader(portal);
      }
    }

    private RuleViolation failure(Throwable e) {
      return new RuleViolation(
          ExtensionRegistry.FAILED,
          "The extension "
              + id
              + " from "
              + module
              + " failed: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          List.of(id, module, String.valueOf(e.getMessage())));
    }
  }

  /** What every guarded contribution says about itself: the same as the one it guards. */
  private abstract static class Delegating implements Extension {

    final Guard guard;

    Delegating(Guard guard) {
      this.guard = guard;
    }

    @Override
    public String id() {
      return guard.id();
    }

    @Override
    public String displayName() {
      return guard.call(guard.extension()::displayName);
    }

    @Override
    public String version() {
      return guard.call(guard.extension()::version);
    }

    @Override
    public LocalizedText localizedName() {
      LocalizedText name = guard.call(guard.extension()::localizedName);
      return name == null ? new LocalizedText(displayName(), displayName()) : name;
    }

    @Override
    public Class<?> implementation() {
      return guard.extension().implementation();
    }
  }

  private static final class Model extends Delegating implements CompensationModel {

    private final CompensationModel model;

    Model(CompensationModel model, Guard guard) {
      super(guard);
      this.model = model;
    }

    /**
     * Pays with the model's defaults for parameters it declared after the contract was saved; terms
     * it refuses are refused as the contract's, naming it.
     */
    @Override
    public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
      Map<String, BigDecimal> values = new HashMap<>(terms.parameters());
      parameters().stream()
          .filter(parameter -> parameter.defaultValue() != null)
          .forEach(parameter -> values.putIfAbsent(parameter.key(), parameter.defaultValue()));
      return guard.call(
          () -> {
            try {
              return model.payoutFor(terms.withParameters(values), results);
            } catch (IllegalArgumentException refused) {
              throw new RuleViolation(
                  "contract.compensation",
                  guard.id() + " refuses the terms: " + refused.getMessage(),
                  List.of(guard.id()));
            }
          });
    }

    @Override
    public boolean creditsReturns(CompensationTerms terms) {
      return guard.call(() -> model.creditsReturns(terms));
    }

    @Override
    public List<Parameter> parameters() {
      return guard.call(model::parameters);
    }
  }

  private static final class Metric extends Delegating implements MetricDefinition {

    private final MetricDefinition metric;

    Metric(MetricDefinition metric, Guard guard) {
      super(guard);
      this.metric = metric;
    }

    @Override
    public MetricUnit unit() {
      return guard.call(metric::unit);
    }

    @Override
    public boolean reported() {
      return guard.call(metric::reported);
    }

    @Override
    public boolean lowerIsBetter() {
      return guard.call(metric::lowerIsBetter);
    }

    @Override
    public Optional<BigDecimal> valueIn(PeriodOutcome outcome) {
      return guard.call(() -> metric.valueIn(outcome));
    }

    @Override
    public Set<String> aliases() {
      return guard.call(metric::aliases);
    }
  }

  private static final class Provider extends Delegating implements QuestionnaireProvider {

    private final QuestionnaireProvider provider;

    Provider(QuestionnaireProvider provider, Guard guard) {
      super(guard);
      this.provider = provider;
    }

    @Override
    public List<QuestionnaireTemplate> templates() {
      return guard.call(provider::templates);
    }
  }

  private static final class Exporter extends Delegating implements ReportExporter {

    private final ReportExporter exporter;

    Exporter(ReportExporter exporter, Guard guard) {
      super(guard);
      this.exporter = exporter;
    }

    @Override
    public String mediaType() {
      return guard.call(exporter::mediaType);
    }

    @Override
    public String fileExtension() {
      return guard.call(exporter::fileExtension);
    }

    @Override
    public void write(ReportDocument document, OutputStream out) throws IOException {
      guard.call(
          () -> {
            exporter.write(document, out);
            return null;
          });
    }

    @Override
    public List<Parameter> parameters() {
      return guard.call(exporter::parameters);
    }

    @Override
    public void write(ReportDocument document, Map<String, BigDecimal> options, OutputStream out)
        throws IOException {
      guard.call(
          () -> {
            exporter.write(document, options, out);
            return null;
          });
    }
  }
}
