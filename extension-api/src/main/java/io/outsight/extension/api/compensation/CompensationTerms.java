package io.outsight.extension.api.compensation;

import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The compensation terms of a contract: which model pays, for which metric, at which graduated
 * tiers; a fixed retainer and a bonus when the metric reaches its target; and a floor and a cap on
 * the period's payout. The qualification definition is the written rule for what counts as a
 * qualified lead or meeting.
 */
public record CompensationTerms(
    String modelId,
    Currency currency,
    ReportedMetric paidMetric,
    List<Tier> tiers,
    Money retainer,
    Money bonus,
    BigDecimal bonusTarget,
    Money floor,
    Money cap,
    String qualificationDefinition)
    implements Serializable {

  public CompensationTerms {
    Objects.requireNonNull(modelId, "model");
    Objects.requireNonNull(currency, "currency");
    tiers = tiers.stream().sorted(Comparator.comparing(Tier::from)).toList();
    if (floor != null && cap != null && floor.compareTo(cap) > 0) {
      throw new IllegalArgumentException("the floor " + floor + " is above the cap " + cap);
    }
  }
}
