package io.outsight.registry.extension;

import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.Extension;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A dropped-in contribution behind a guard: whatever it throws while in use (other than a rule it
 * applies, terms or input it refuses as the API says, or a failed write) becomes the rule {@code
 * extension.failed} naming it and its jar, so the request fails with a clear error and its
 * transaction stores nothing.
 */
final class Guarded {

  private Guarded() {}

  static Extension of(Extension extension, String module) {
    Guard guard = new Guard(extension, module);
    if (extension instanceof CompensationModel model) {
      return new Model(model, guard);
    }
    if (extension instanceof MetricDefinition metric) {
      return new Metric(metric, guard);
    }
    if (extension instanceof QuestionnaireProvider provider) {
      return new Provider(provider, guard);
    }
    if (extension instanceof ReportExporter exporter) {
      return new Exporter(exporter, guard);
    }
    throw new IllegalArgumentException(extension.getClass() + " plugs into no extension point");
  }

  /** Runs a call into the contribution, naming it when it fails. */
  private record Guard(Extension extension, String module) {

    <T> T call(Supplier<T> work) {
      try {
        return work.get();
      } catch (RuleViolation | IllegalArgumentException refused) {
        // a rule it applies, or terms a model refuses, as the API has it say so
        throw refused;
      } catch (RuntimeException | LinkageError e) {
        throw failure(e);
      }
    }

    RuleViolation failure(Throwable e) {
      String id = extension.id();
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
      return guard.extension().id();
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

    @Override
    public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
      return guard.call(() -> model.payoutFor(terms, results));
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
      try {
        exporter.write(document, out);
      } catch (RuntimeException | LinkageError e) {
        throw guard.failure(e);
      }
    }
  }
}
