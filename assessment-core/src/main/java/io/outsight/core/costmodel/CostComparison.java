package io.outsight.core.costmodel;

import java.io.Serializable;
import java.util.List;

/** Both options over the horizon, and how their net results move with deal value and conversion. */
public record CostComparison(
    OptionOutcome inHouse, OptionOutcome outsourced, List<SensitivityCell> sensitivity)
    implements Serializable {

  public CostComparison {
    sensitivity = List.copyOf(sensitivity);
  }
}
