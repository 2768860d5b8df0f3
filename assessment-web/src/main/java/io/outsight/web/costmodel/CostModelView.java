package io.outsight.web.costmodel;

import static io.outsight.core.json.JsonProcessing.JSON;

import io.outsight.core.costmodel.CostComparison;
import io.outsight.core.costmodel.CostModel;
import io.outsight.core.costmodel.Crossover;
import io.outsight.core.costmodel.MonthlyFigures;
import io.outsight.core.costmodel.OptionOutcome;
import io.outsight.core.costmodel.SensitivityRow;
import io.outsight.core.costmodel.TornadoBar;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.SalesOption;
import io.outsight.registry.assessment.ReadinessAssessments;
import io.outsight.registry.rules.Refused;
import io.outsight.registry.scenario.CostScenarios;
import io.outsight.registry.scenario.ScenarioDetails;
import io.outsight.web.api.CostModelRequest;
import io.outsight.web.faces.Pages;
import io.outsight.web.faces.ScriptJson;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * In-house against outsourced sales and outsourced lead generation: the user's assumptions in; out,
 * each option's months as cumulative cost and gross profit with its break-even, where the options
 * change places, and how the nets move with volume, vendor fees, vendor conversion and attrition,
 * as a table and a tornado chart.
 */
@Named
@ViewScoped
public class CostModelView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<SalesOption, String> COLOURS =
      Map.of(
          SalesOption.IN_HOUSE, "#c92a2a",
          SalesOption.OUTSOURCED_SALES, "#1d3557",
          SalesOption.OUTSOURCED_LEAD_GENERATION, "#2a9d8f");

  @EJB private CostScenarios scenarios;

  @EJB private ReadinessAssessments readiness;

  private CostModelForm form = new CostModelForm();

  private CostComparison comparison;

  /** The scenario revision the page was opened with, if any. */
  private ScenarioDetails opened;

  private String scenarioName;

  private Long readinessAssessmentId;

  private List<SelectItem> readinessAssessments;

  @PostConstruct
  void init() {
    if (Pages.has("scenario")) {
      OptionalLong revision = Pages.number("revision");
      Pages.show(
              "scenario",
              id ->
                  scenarios.revision(
                      id,
                      revision.isPresent()
                          // a revision beyond any there can be names none
                          ? (int) Math.min(revision.getAsLong(), Integer.MAX_VALUE)
                          : null))
          .ifPresent(
              details -> {
                opened = details;
                scenarioName = details.name();
                readinessAssessmentId = details.readinessAssessmentId();
                form = CostModelForm.of(CostModelRequest.fromJson(details.inputs()));
              });
    }
    compare();
  }

  /** Saves the inputs as the next revision of the scenario opened. */
  public String saveRevision() {
    return save(false);
  }

  /** Saves the inputs as a new scenario, whether or not one was opened. */
  public String saveAsNew() {
    return save(true);
  }

  private String save(boolean asNew) {
    CostModel model;
    try {
      model = form.toRequest().toModel();
    } catch (IllegalArgumentException outOfRange) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("costModel.invalid", outOfRange.getMessage()));
      return null;
    }
    String inputs = CostModelRequest.of(model).toJson();
    try {
      ScenarioDetails saved =
          asNew || opened == null
              ? scenarios.save(scenarioName, readinessAssessmentId, inputs, model)
              : scenarios.revise(
                  opened.scenarioId(),
                  opened.scenarioVersion(),
                  scenarioName,
                  readinessAssessmentId,
                  inputs,
                  model);
      Messages.noticeAfterRedirect("scenario.savedNotice", saved.name(), saved.revision());
      return "/decide/cost-model?faces-redirect=true&scenario=" + saved.scenarioId();
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
      return null;
    }
  }

  /**
   * The readiness assessments a scenario can inform, newest first, by the decision each informs.
   */
  public List<SelectItem> getReadinessAssessments() {
    if (readinessAssessments == null) {
      readinessAssessments =
          readiness.all().stream()
              .map(assessment -> new SelectItem(assessment.id(), assessment.subject()))
              .toList();
    }
    return readinessAssessments;
  }

  public ScenarioDetails getOpened() {
    return opened;
  }

  public String getScenarioName() {
    return scenarioName;
  }

  public void setScenarioName(String scenarioName) {
    this.scenarioName = scenarioName;
  }

  public Long getReadinessAssessmentId() {
    return readinessAssessmentId;
  }

  public void setReadinessAssessmentId(Long readinessAssessmentId) {
    this.readinessAssessmentId = readinessAssessmentId;
  }

  public void compare() {
    try {
      comparison = form.toRequest().toModel().compare();
    } catch (IllegalArgumentException outOfRange) {
      // figures of earlier inputs under an error would read as the answer to these
      comparison = null;
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("costModel.invalid", outOfRange.getMessage()));
    }
  }

  public CostModelForm getForm() {
    return form;
  }

  public CostComparison getComparison() {
    return comparison;
  }

  /** The options compared, in-house first. */
  public List<SalesOption> getOptions() {
    return comparison.outcomes().keySet().stream().sorted().toList();
  }

  public OptionOutcome outcome(SalesOption option) {
    return comparison.outcomes().get(option);
  }

  /** One row per month with every option side by side. */
  public List<Integer> getMonths() {
    return comparison.inHouse().months().stream().map(MonthlyFigures::month).toList();
  }

  public MonthlyFigures month(SalesOption option, int month) {
    return outcome(option).months().get(month - 1);
  }

  /** Where an outsourced option and in-house change places, in words. */
  public String crossover(Crossover crossover) {
    String option = Messages.text("costModel.option." + crossover.outsourced());
    String leader = Messages.text("costModel.option." + crossover.leaderAtHorizon());
    String when =
        crossover
            .month()
            .map(month -> Messages.text("costModel.crossover.month", leader, month))
            .orElseGet(() -> Messages.text("costModel.crossover.throughout", leader));
    String volume =
        crossover
            .volume()
            .map(
                shift ->
                    Messages.text(
                        shift.orMore()
                            ? "costModel.crossover.orMore"
                            : "costModel.crossover.orFewer",
                        Messages.text("costModel.option." + shift.leader()),
                        shift.leadsPerMonth()))
            .orElseGet(() -> Messages.text("costModel.crossover.noVolume"));
    return option + ": " + when + " " + volume;
  }

  public List<SensitivityRow> getSensitivity() {
    return comparison.sensitivity();
  }

  /**
   * Cumulative cost and gross profit of every option as a Chart.js line chart, break-even months as
   * stars.
   */
  public String getChart() {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    getMonths().forEach(month -> labels.add(String.valueOf(month)));
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (SalesOption option : getOptions()) {
      String name = Messages.text("costModel.option." + option);
      datasets.add(
          line(
              Messages.text("costModel.costOf", name),
              outcome(option),
              MonthlyFigures::cumulativeCost,
              COLOURS.get(option),
              true));
      datasets.add(
          line(
              Messages.text("costModel.grossProfitOf", name),
              outcome(option),
              MonthlyFigures::cumulativeGrossProfit,
              COLOURS.get(option),
              false));
    }
    datasets.add(breakEven(Messages.text("costModel.breakEven")));
    return ScriptJson.of(
        JSON.createObjectBuilder()
            .add("type", "line")
            .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                JSON.createObjectBuilder()
                    .add(
                        "interaction",
                        JSON.createObjectBuilder().add("mode", "index").add("intersect", false))
                    .add(
                        "scales",
                        JSON.createObjectBuilder()
                            .add("y", JSON.createObjectBuilder().add("beginAtZero", true)))));
  }

  /**
   * Each outsourced option's advantage over in-house with one factor 20 % lower and higher, the
   * widest swing on top: a horizontal bar chart with one bar a factor and option.
   */
  public String getTornado() {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder lower = JSON.createArrayBuilder();
    JsonArrayBuilder higher = JSON.createArrayBuilder();
    for (TornadoBar bar : comparison.tornado()) {
      labels.add(
          Messages.text("costModel.factor." + bar.factor())
              + " · "
              + Messages.text("costModel.option." + bar.outsourced()));
      lower.add(bar.whenLower().amount());
      higher.add(bar.whenHigher().amount());
    }
    return ScriptJson.of(
        JSON.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                JSON.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        JSON.createArrayBuilder()
                            .add(bars(Messages.text("costModel.tornado.lower"), lower, "#b7791f"))
                            .add(
                                bars(
                                    Messages.text("costModel.tornado.higher"), higher, "#1d3557"))))
            .add("options", JSON.createObjectBuilder().add("indexAxis", "y")));
  }

  private static JsonObjectBuilder bars(String label, JsonArrayBuilder values, String colour) {
    return JSON.createObjectBuilder()
        .add("label", label)
        .add("data", values)
        .add("backgroundColor", colour);
  }

  private static JsonObjectBuilder line(
      String label,
      OptionOutcome outcome,
      Function<MonthlyFigures, Money> figure,
      String colour,
      boolean cost) {
    JsonArrayBuilder values = JSON.createArrayBuilder();
    outcome.months().forEach(month -> values.add(figure.apply(month).amount()));
    JsonObjectBuilder dataset =
        JSON.createObjectBuilder()
            .add("label", label)
            .add("data", values)
            .add("borderColor", colour)
            .add("backgroundColor", colour)
            .add("pointRadius", 0)
            .add("tension", 0.1);
    if (!cost) {
      dataset.add("borderDash", JSON.createArrayBuilder().add(6).add(4));
    }
    return dataset;
  }

  private JsonObjectBuilder breakEven(String label) {
    JsonArrayBuilder points = JSON.createArrayBuilder();
    for (int month : getMonths()) {
      var value =
          getOptions().stream()
              .map(this::outcome)
              .filter(
                  outcome ->
                      outcome.breakEvenMonth().filter(breakEven -> breakEven == month).isPresent())
              .map(outcome -> outcome.months().get(month - 1).cumulativeCost().amount())
              .findFirst();
      if (value.isPresent()) {
        points.add(value.get());
      } else {
        points.addNull();
      }
    }
    return JSON.createObjectBuilder()
        .add("label", label)
        .add("data", points)
        .add("showLine", false)
        .add("pointStyle", "star")
        .add("pointRadius", 12)
        .add("borderColor", "#e9a400")
        .add("backgroundColor", "#e9a400");
  }
}
