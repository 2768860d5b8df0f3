package io.outsight.core.costmodel;

import io.outsight.extension.api.report.SalesOption;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every option over the horizon, where the outsourced ones and in-house change places, and how the
 * nets move with volume, vendor fees, vendor conversion and attrition.
 */
public record CostComparison(
    Map<SalesOption, OptionOutcome> outcomes,
    List<Crossover> crossovers,
    List<SensitivityRow> sensitivity,
    List<TornadoBar> tornado)
    implements Serializable {

  public CostComparison {
    // in the options' order, so that a tie between two vendors is settled the same way each time
    outcomes = Collections.unmodifiableMap(new EnumMap<>(outcomes));
    crossovers = List.copyOf(crossovers);
    sensitivity = List.copyOf(sensitivity);
    tornado = List.copyOf(tornado);
  }

  public OptionOutcome inHouse() {
    return outcomes.get(SalesOption.IN_HOUSE);
  }

  public OptionOutcome outsourced() {
    return outcomes.get(SalesOption.OUTSOURCED_SALES);
  }

  /** The lead-generation option, where an offer for it was given. */
  public Optional<OptionOutcome> leadGeneration() {
    return Optional.ofNullable(outcomes.get(SalesOption.OUTSOURCED_LEAD_GENERATION));
  }

  /** The option that nets most over the horizon. */
  public SalesOption best() {
    return CostModel.leader(outcomes);
  }
}
