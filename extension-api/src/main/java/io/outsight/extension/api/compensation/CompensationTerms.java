package io.outsight.extension.api.compensation;

import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.extension.api.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The compensation terms of a contract: which model pays, for which metric, at which graduated
 * tiers; a fixed retainer and a bonus when the metric reaches its target; and a floor and a cap on
 * the period's payout. The qualification definition is the written rule for what counts as a
 * qualified lead or meeting. The parameters are the values of what the model declares it needs
 * ({@link CompensationModel#parameters()}), by key.
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
    String qualificationDefinition,
    Map<String, BigDecimal> parameters)
    implements Serializable {

  public CompensationTerms {
    Objects.requireNonNull(modelId, "model");
    Objects.requireNonNull(currency, "currency");
    tiers = tiers.stream().sorted(Comparator.comparing(Tier::from)).toList();
    parameters =
        parameters == null
            ? Map.of()
            : parameters.entrySet().stream()
                .filter(parameter -> parameter.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    if (floor != null && cap != null && floor.compareTo(cap) > 0) {
      throw new IllegalArgumentException("the floor " + floor + " is above the cap " + cap);
    }
  }

  /** The same terms with {@code values} as the model's parameters. */
  public CompensationTerms withParameters(Map<String, BigDecimal> values) {
    return new CompensationTerms(
        modelId,
        currency,
        paidMetric,
        tiers,
        retainer,
        bonus,
        bonusTarget,
        floor,
        cap,
        qualificationDefinition,
        values);
  }

  /**
   * The value of the model's parameter {@code key}.
   *
   * @throws IllegalArgumentException when the terms hold none
   */
  public BigDecimal parameter(String key) {
    BigDecimal value = parameters.get(key);
    if (value == null) {
      throw new IllegalArgumentException("the terms hold no parameter " + key);
    }
    return value;
  }
}
