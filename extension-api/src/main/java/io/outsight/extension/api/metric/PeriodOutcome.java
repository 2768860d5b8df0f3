package io.outsight.extension.api.metric;

import io.outsight.extension.api.money.Money;
import java.io.Serializable;
import java.util.Optional;

/** What a period brought and what it cost: the inputs of every derived metric. */
public record PeriodOutcome(PeriodResults results, Money spend) implements Serializable {

  public Optional<Money> spendIfKnown() {
    return Optional.ofNullable(spend);
  }
}
