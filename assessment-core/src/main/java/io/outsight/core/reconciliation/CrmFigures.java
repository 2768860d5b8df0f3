package io.outsight.core.reconciliation;

import io.outsight.core.metric.Period;
import io.outsight.core.metric.PeriodResults;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the company's CRM counted for a contract, by period and metric, and how far the vendor's
 * figures may differ from it, in per cent, before the difference is flagged.
 */
public record CrmFigures(Map<Period, PeriodResults> counted, BigDecimal tolerancePercent)
    implements Serializable {

  public static final CrmFigures NONE = new CrmFigures(Map.of(), BigDecimal.ZERO);

  public CrmFigures {
    counted = Map.copyOf(counted);
  }
}
