package io.outsight.web.costmodel;

import io.outsight.core.costmodel.CostComparison;
import io.outsight.core.costmodel.MonthlyFigures;
import io.outsight.core.costmodel.OptionOutcome;
import io.outsight.core.costmodel.SensitivityCell;
import io.outsight.core.money.Money;
import io.outsight.web.faces.ScriptJson;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * In-house against outsourced: the user's assumptions in, the months of both options out, as
 * cumulative cost and revenue with each option's break-even marked, a table, and the sensitivity of
 * the net result to deal value and conversion.
 */
@Named
@ViewScoped
public class CostModelView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CostModelForm form = new CostModelForm();

  private CostComparison comparison;

  @PostConstruct
  void init() {
    compare();
  }

  public void compare() {
    try {
      comparison = form.toRequest().toModel().compare();
    } catch (IllegalArgumentException outOfRange) {
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

  /** One row per month with both options side by side. */
  public List<Integer> getMonths() {
    return comparison.inHouse().months().stream().map(MonthlyFigures::month).toList();
  }

  public MonthlyFigures inHouse(int month) {
    return comparison.inHouse().months().get(month - 1);
  }

  public MonthlyFigures outsourced(int month) {
    return comparison.outsourced().months().get(month - 1);
  }

  /** The sensitivity grid's row for one ACV change, in the order conversion -20 %, 0, +20 %. */
  public List<SensitivityCell> sensitivityRow(int acvChange) {
    return comparison.sensitivity().stream()
        .filter(cell -> cell.acvChange().value().intValue() == acvChange)
        .toList();
  }

  /**
   * Cumulative cost and revenue of both options as a Chart.js line chart, break-even months as
   * stars.
   */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    getMonths().forEach(labels::add);
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                line(
                    Messages.text("costModel.inHouseCost"),
                    comparison.inHouse(),
                    MonthlyFigures::cumulativeCost,
                    "#c92a2a",
                    true))
            .add(
                line(
                    Messages.text("costModel.inHouseRevenue"),
                    comparison.inHouse(),
                    MonthlyFigures::cumulativeRevenue,
                    "#c92a2a",
                    false))
            .add(
                line(
                    Messages.text("costModel.outsourcedCost"),
                    comparison.outsourced(),
                    MonthlyFigures::cumulativeCost,
                    "#1d3557",
                    true))
            .add(
                line(
                    Messages.text("costModel.outsourcedRevenue"),
                    comparison.outsourced(),
                    MonthlyFigures::cumulativeRevenue,
                    "#1d3557",
                    false))
            .add(
                breakEven(
                    Messages.text("costModel.breakEven"),
                    comparison.inHouse(),
                    comparison.outsourced()));
    return ScriptJson.of(
        Json.createObjectBuilder()
            .add("type", "line")
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add(
                        "interaction",
                        Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("y", Json.createObjectBuilder().add("beginAtZero", true)))));
  }

  private static JsonObjectBuilder line(
      String label,
      OptionOutcome outcome,
      Function<MonthlyFigures, Money> figure,
      String colour,
      boolean cost) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    outcome.months().forEach(month -> values.add(figure.apply(month).amount()));
    JsonObjectBuilder dataset =
        Json.createObjectBuilder()
            .add("label", label)
            .add("data", values)
            .add("borderColor", colour)
            .add("backgroundColor", colour)
            .add("pointRadius", 0)
            .add("tension", 0.1);
    if (!cost) {
      dataset.add("borderDash", Json.createArrayBuilder().add(6).add(4));
    }
    return dataset;
  }

  private static JsonObjectBuilder breakEven(String label, OptionOutcome... outcomes) {
    JsonArrayBuilder points = Json.createArrayBuilder();
    int months = outcomes[0].months().size();
    for (int index = 0; index < months; index++) {
      int month = index + 1;
      var value =
          Arrays.stream(outcomes)
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
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", points)
        .add("showLine", false)
        .add("pointStyle", "star")
        .add("pointRadius", 12)
        .add("borderColor", "#2a9d8f")
        .add("backgroundColor", "#2a9d8f");
  }
}
