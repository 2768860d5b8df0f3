package io.outsight.web.api;

import io.outsight.core.costmodel.ScenarioOutcome;
import io.outsight.extension.api.report.SalesOption;
import io.outsight.registry.scenario.ScenarioDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A scenario revision: the scenario's {@code version} (to revise it with), this revision (its
 * {@code revisionId} is what a contract's {@code costScenarioRevisionId} names) and the newest,
 * what it informs and who saved it, each option's figures over the horizon as they were computed
 * when it was saved, the contracts that take their in-house alternative from it, and its inputs,
 * which {@code POST /cost-model} takes as they are.
 */
public record ScenarioResponse(
    long id,
    long version,
    long revisionId,
    int revision,
    int latestRevision,
    String name,
    Long readinessAssessmentId,
    String readinessDecision,
    String savedBy,
    Instant savedAt,
    String currency,
    int horizonMonths,
    BigDecimal inHouseMonthlyCost,
    SalesOption best,
    List<Outcome> outcomes,
    List<String> contracts,
    CostModelRequest inputs) {

  /**
   * An option's figures; for an outsourced option also which of it and in-house leads at the
   * horizon, and from which month (none: from the first).
   */
  @Schema(name = "ScenarioOptionOutcome")
  public record Outcome(
      SalesOption option,
      BigDecimal totalCost,
      BigDecimal net,
      BigDecimal costPerLead,
      BigDecimal costPerDeal,
      Integer breakEvenMonth,
      SalesOption leaderAtHorizon,
      Integer crossoverMonth) {

    static Outcome of(ScenarioOutcome outcome) {
      return new Outcome(
          outcome.option(),
          outcome.totalCost(),
          outcome.net(),
          outcome.costPerLead().orElse(null),
          outcome.costPerDeal().orElse(null),
          outcome.breakEvenMonth().orElse(null),
          outcome.leaderAtHorizon().orElse(null),
          outcome.crossoverMonth().orElse(null));
    }
  }

  static ScenarioResponse of(ScenarioDetails details) {
    return new ScenarioResponse(
        details.scenarioId(),
        details.scenarioVersion(),
        details.revisionId(),
        details.revision(),
        details.latestRevision(),
        details.name(),
        details.readinessAssessmentId(),
        details.readinessDecision(),
        details.savedBy(),
        details.savedAt(),
        details.currency(),
        details.horizonMonths(),
        details.inHouseMonthlyCost().amount(),
        details.best(),
        details.outcomes().stream().map(Outcome::of).toList(),
        details.contracts(),
        CostModelRequest.fromJson(details.inputs()));
  }
}
