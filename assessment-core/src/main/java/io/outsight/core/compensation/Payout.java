package io.outsight.core.compensation;

import io.outsight.core.money.Money;
import java.io.Serializable;
import java.util.List;

/** What is paid for a period, and each step of how it was reached, in words for the report. */
public record Payout(Money amount, List<String> explanation) implements Serializable {

  public Payout {
    explanation = List.copyOf(explanation);
  }
}
