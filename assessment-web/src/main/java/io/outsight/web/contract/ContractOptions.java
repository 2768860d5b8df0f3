package io.outsight.web.contract;

import io.outsight.core.contract.ContractScope;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.ReportingSchedule.Cadence;
import io.outsight.core.ledger.ImportProblem;
import io.outsight.extension.api.Extension;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.Parameter;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.report.KpiDirection;
import io.outsight.registry.extension.Extensions;
import io.outsight.registry.extension.InstalledMetrics;
import io.outsight.registry.rules.Refused;
import io.outsight.web.i18n.ContributionNames;
import io.outsight.web.i18n.Formats;
import io.outsight.web.i18n.Messages;
import io.outsight.web.i18n.ProblemText;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The choices contract forms offer, and the names of installed metrics and compensation models in
 * the user's language: a built-in one has its text in the bundle, an installed one its own name.
 */
@Named
@ApplicationScoped
public class ContractOptions {

  private static final List<String> CURRENCIES =
      List.of("EUR", "SEK", "NOK", "DKK", "USD", "GBP", "CHF", "PLN");

  @Inject private InstalledMetrics installed;

  @EJB private Extensions extensions;

  @Inject private Formats formats;

  public ContractScope[] getScopes() {
    return ContractScope.values();
  }

  public Cadence[] getCadences() {
    return Cadence.values();
  }

  public KpiDirection[] getDirections() {
    return KpiDirection.values();
  }

  public ContractStatus[] getStatuses() {
    return ContractStatus.values();
  }

  public ReportedMetric[] getPaidMetrics() {
    return ReportedMetric.values();
  }

  public List<String> getCurrencies() {
    return CURRENCIES;
  }

  /** The metrics a KPI target can take: those in new use, and {@code current}, which it has. */
  public List<MetricDefinition> metricsOffered(String current) {
    Set<String> enabled = enabledIds(MetricDefinition.class);
    return installed.catalogue().all().stream()
        .filter(metric -> metric.id().equals(current) || enabled.contains(metric.id()))
        .toList();
  }

  /**
   * The metrics the grid takes a value of per period: every reported one but leads returned, which
   * are recorded as returns with their day.
   */
  public List<MetricDefinition> getGridMetrics() {
    return installed.catalogue().reported().stream()
        .filter(metric -> !metric.id().equals(ReportedMetric.LEADS_RETURNED.id()))
        .toList();
  }

  /** The models a contract can take: those in new use, and {@code current}, which it has. */
  public List<CompensationModel> compensationModelsOffered(String current) {
    Set<String> enabled = enabledIds(CompensationModel.class);
    return installed.compensationModels().stream()
        .filter(model -> model.id().equals(current) || enabled.contains(model.id()))
        .toList();
  }

  /** Whether an administrator took the model out of new use. */
  public boolean modelDisabled(String id) {
    return disabled(CompensationModel.class, id);
  }

  public boolean metricDisabled(String id) {
    return disabled(MetricDefinition.class, id);
  }

  private boolean disabled(Class<? extends Extension> point, String id) {
    Set<String> disabled =
        onceARequest("disabled." + point.getSimpleName(), () -> extensions.disabledAt(point));
    return disabled.contains(id);
  }

  /** The ids in new use at {@code point}. */
  private Set<String> enabledIds(Class<? extends Extension> point) {
    return onceARequest(
        "enabled." + point.getSimpleName(),
        () -> extensions.enabled(point).stream().map(Extension::id).collect(Collectors.toSet()));
  }

  /**
   * What is read from the registry once a request: a page asks for it for every row it shows, and
   * again in each phase of the request.
   */
  @SuppressWarnings("unchecked")
  private static <T> T onceARequest(String key, Supplier<T> read) {
    return (T)
        FacesContext.getCurrentInstance()
            .getAttributes()
            .computeIfAbsent(ContractOptions.class.getName() + "." + key, any -> read.get());
  }

  /** What the model asks of a contract besides the common terms; none for a model not installed. */
  public List<Parameter> parametersOf(String modelId) {
    return installed
        .compensationModel(modelId)
        .map(CompensationModel::parameters)
        .orElse(List.of());
  }

  /**
   * A refusal as the reader reads it: a parameter of {@code declared} it names first (a model's, a
   * report format's option) named by its label in the reader's language, not by its key.
   */
  public FacesMessage refusal(Refused refused, List<Parameter> declared) {
    List<String> details = new ArrayList<>(refused.details());
    if (!details.isEmpty()) {
      declared.stream()
          .filter(parameter -> parameter.key().equals(details.get(0)))
          .findFirst()
          .ifPresent(parameter -> details.set(0, words(parameter.label())));
    }
    return Messages.error("rule." + refused.rule(), details.toArray());
  }

  /** The words in the reader's language, such as a parameter's label. */
  public String words(LocalizedText words) {
    return words == null
        ? ""
        : words.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public String metricName(String id) {
    return installed
        .catalogue()
        .find(id)
        .map(metric -> ContributionNames.metric(metric.id(), metric.localizedName()))
        .orElse(id);
  }

  public String compensationModelName(String id) {
    return installed
        .compensationModel(id)
        .map(model -> ContributionNames.compensationModel(model.id(), model.localizedName()))
        .orElse(id);
  }

  /** A problem in results as the user reads it: where it is, and what is wrong there. */
  public String problem(ImportProblem problem) {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<String> arguments = new ArrayList<>(problem.arguments());
    if (problem.code().equals("already-imported")) {
      // the earlier import's time, written in the user's zone and language
      arguments.set(2, formats.dateTime(Instant.parse(problem.arguments().get(2))));
    }
    return ProblemText.of(
        new ImportProblem(
            problem.line(), problem.column(), problem.columnName(), problem.code(), arguments),
        faces.getViewRoot().getLocale(),
        false);
  }
}
