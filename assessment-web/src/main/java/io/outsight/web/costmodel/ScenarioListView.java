package io.outsight.web.costmodel;

import io.outsight.core.costmodel.ScenarioOutcome;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.SalesOption;
import io.outsight.registry.scenario.CostScenarios;
import io.outsight.registry.scenario.ScenarioDetails;
import io.outsight.web.api.CostModelRequest;
import io.outsight.web.i18n.Formats;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * Every saved revision of every cost scenario, and any of them compared side by side: the inputs
 * that differ most between offers, and what each option came to.
 */
@Named
@ViewScoped
public class ScenarioListView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A line of the comparison: what it shows, and its value in each revision compared. */
  public record Row(String label, List<String> values) implements Serializable {}

  @EJB private CostScenarios scenarios;

  @Inject private Formats formats;

  private List<ScenarioDetails> revisions;

  private List<ScenarioDetails> selected = new ArrayList<>();

  private List<ScenarioDetails> compared = List.of();

  @PostConstruct
  void load() {
    revisions = scenarios.revisions();
  }

  public void compare() {
    if (selected.size() < 2) {
      compared = List.of();
      FacesContext.getCurrentInstance().addMessage(null, Messages.error("scenario.compare.two"));
      return;
    }
    // in the list's order, whatever order they were ticked in
    compared = revisions.stream().filter(selected::contains).toList();
  }

  /** The comparison, one row per input or figure, one column per revision compared. */
  public List<Row> getRows() {
    List<CostModelRequest> inputs =
        compared.stream().map(details -> CostModelRequest.fromJson(details.inputs())).toList();
    List<Row> rows = new ArrayList<>();
    rows.add(
        row(
            "scenario.saved",
            details -> formats.dateTime(details.savedAt()) + " · " + details.savedBy()));
    rows.add(
        row(
            "scenario.readiness",
            details -> details.readinessDecision() == null ? "–" : details.readinessDecision()));
    rows.add(input("costModel.leadsPerMonth", inputs, in -> formats.number(in.leadsPerMonth)));
    rows.add(input("costModel.acv", inputs, in -> money(in.annualContractValue, in)));
    rows.add(input("costModel.leadToDeal", inputs, in -> percent(in.leadToDeal)));
    rows.add(input("costModel.vendorLeadToDeal", inputs, in -> percent(in.vendorLeadToDeal)));
    rows.add(input("costModel.retainer", inputs, in -> money(in.monthlyRetainer, in)));
    rows.add(input("costModel.feePerDeal", inputs, in -> money(in.feePerDeal, in)));
    rows.add(input("costModel.revenueShare", inputs, in -> percent(in.revenueShare)));
    rows.add(input("costModel.horizon", inputs, in -> formats.number(in.horizonMonths)));
    for (SalesOption option : SalesOption.values()) {
      String name = Messages.text("costModel.option." + option);
      rows.add(
          outcome(
              Messages.text("costModel.net") + " · " + name,
              option,
              (details, outcome) -> formats.money(money(outcome.net(), details))));
      rows.add(
          outcome(
              Messages.text("costModel.costPerDeal") + " · " + name,
              option,
              (details, outcome) ->
                  outcome
                      .costPerDeal()
                      .map(cost -> formats.money(money(cost, details)))
                      .orElse("–")));
      if (option != SalesOption.IN_HOUSE) {
        rows.add(
            outcome(
                Messages.text("costModel.crossover") + " · " + name,
                option,
                (details, outcome) -> crossover(outcome)));
      }
    }
    rows.add(row("scenario.best", details -> Messages.text("costModel.option." + details.best())));
    rows.add(
        row(
            "report.scenario.inHouseMonthly",
            details -> formats.money(details.inHouseMonthlyCost())));
    rows.add(
        row(
            "scenario.contracts",
            details ->
                details.contracts().isEmpty() ? "–" : String.join(", ", details.contracts())));
    return rows;
  }

  private Row row(String key, Function<ScenarioDetails, String> value) {
    return new Row(Messages.text(key), compared.stream().map(value).toList());
  }

  private Row input(
      String key, List<CostModelRequest> inputs, Function<CostModelRequest, String> value) {
    return new Row(Messages.text(key), inputs.stream().map(value).toList());
  }

  private interface OutcomeValue {
    String of(ScenarioDetails details, ScenarioOutcome outcome);
  }

  private Row outcome(String label, SalesOption option, OutcomeValue value) {
    return new Row(
        label,
        compared.stream()
            .map(
                details ->
                    details.outcome(option).map(outcome -> value.of(details, outcome)).orElse("–"))
            .toList());
  }

  private static String crossover(ScenarioOutcome outcome) {
    return ScenarioWording.crossover(
        outcome.leaderAtHorizon().orElseThrow(), outcome.crossoverMonth().orElse(null));
  }

  private String money(BigDecimal amount, CostModelRequest inputs) {
    return formats.money(new Money(amount, Currency.getInstance(inputs.currency)));
  }

  private static Money money(BigDecimal amount, ScenarioDetails details) {
    return new Money(amount, Currency.getInstance(details.currency()));
  }

  private String percent(BigDecimal share) {
    return formats.figure(share) + " %";
  }

  public List<ScenarioDetails> getRevisions() {
    return revisions;
  }

  public List<ScenarioDetails> getSelected() {
    return selected;
  }

  public void setSelected(List<ScenarioDetails> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public List<ScenarioDetails> getCompared() {
    return compared;
  }

  /** The revisions' headings, for the comparison's columns. */
  public List<String> getComparedTitles() {
    return compared.stream()
        .map(details -> ScenarioWording.title(details.name(), details.revision()))
        .toList();
  }
}
