package io.outsight.registry.scenario;

import io.outsight.core.costmodel.ScenarioOutcome;
import io.outsight.core.costmodel.ScenarioRevision;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.SalesOption;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One revision of a cost scenario as the screens, the audit trail and the API show it: the
 * scenario's version (to revise it with) and newest revision, the readiness assessment it informs,
 * and the contracts that took their in-house alternative from this revision.
 *
 * @param inputs the calculation's inputs as the API states them
 */
public record ScenarioDetails(
    long scenarioId,
    long scenarioVersion,
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
    Money inHouseMonthlyCost,
    SalesOption best,
    List<ScenarioOutcome> outcomes,
    List<String> contracts,
    String inputs)
    implements Serializable {

  public ScenarioDetails {
    outcomes = List.copyOf(outcomes);
    contracts = List.copyOf(contracts);
  }

  static ScenarioDetails of(
      ScenarioRevision revision,
      long scenarioVersion,
      int latestRevision,
      String readinessDecision,
      List<String> contracts) {
    return new ScenarioDetails(
        revision.scenarioId(),
        scenarioVersion,
        revision.id(),
        revision.revision(),
        latestRevision,
        revision.name(),
        revision.readinessAssessmentId(),
        readinessDecision,
        revision.savedBy(),
        revision.savedAt(),
        revision.currency().getCurrencyCode(),
        revision.horizonMonths(),
        revision.inHouseMonthlyCost(),
        revision.best(),
        revision.outcomes(),
        contracts,
        revision.inputs());
  }

  /**
   * A revision as the audit trail records it: its inputs, from which every figure follows, and the
   * figures the decision rests on.
   */
  public record State(
      String name,
      int revision,
      Long readinessAssessmentId,
      SalesOption best,
      Money inHouseMonthlyCost,
      String inputs)
      implements Serializable {}

  State state() {
    return new State(name, revision, readinessAssessmentId, best, inHouseMonthlyCost, inputs);
  }

  /** The contracts linked to this revision, by reference. */
  public String contractList() {
    return String.join(", ", contracts);
  }

  public boolean latest() {
    return revision == latestRevision;
  }

  public Optional<ScenarioOutcome> outcome(SalesOption option) {
    return outcomes.stream().filter(outcome -> outcome.option() == option).findFirst();
  }
}
