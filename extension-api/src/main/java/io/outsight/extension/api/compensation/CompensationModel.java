package io.outsight.extension.api.compensation;

import io.outsight.extension.api.Extension;
import io.outsight.extension.api.metric.PeriodResults;

/** Turns a period's results into what the vendor is paid under a contract's compensation terms. */
public interface CompensationModel extends Extension {

  Payout payoutFor(CompensationTerms terms, PeriodResults results);

  /**
   * Whether leads returned within the dispute window lower what the model pays under the terms: a
   * model that pays by leads says so; one paying by deals, revenue or a retainer does not.
   */
  default boolean creditsReturns(CompensationTerms terms) {
    return false;
  }
}
