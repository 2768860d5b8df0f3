package io.outsight.web.faces;

import io.outsight.core.ledger.LedgerRules;
import io.outsight.web.api.CostModelRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Bounds for PrimeFaces' number fields. The field sets a value sent beyond its maxValue to that
 * maximum without a word (its default is 10^13), so the maximum of a field whose value is kept is
 * the first amount the rules refuse ({@link LedgerRules#LIMIT}, {@code @Amount}): a number sent
 * past the widget is refused with a message, never stored as another one.
 */
@Named
@ApplicationScoped
public class NumberInputs {

  public String getStoredAmountCeiling() {
    return LedgerRules.LIMIT.toPlainString();
  }

  /**
   * The cost model's largest amount, which the API takes too: it stores nothing, so it keeps the
   * widget's way.
   */
  public String getCostModelAmountCeiling() {
    return CostModelRequest.MONEY;
  }
}
