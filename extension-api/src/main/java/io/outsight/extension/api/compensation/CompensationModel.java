package io.outsight.extension.api.compensation;

import io.outsight.extension.api.Extension;
import io.outsight.extension.api.Parameter;
import io.outsight.extension.api.metric.PeriodResults;
import java.util.List;

/** Turns a period's results into what the vendor is paid under a contract's compensation terms. */
public interface CompensationModel extends Extension {

  /**
   * Pays a period's results under the terms, whose {@link CompensationTerms#parameters()} hold a
   * value for each of {@link #parameters()}.
   *
   * @throws IllegalArgumentException when the model cannot pay under the terms, such as a metric it
   *     does not pay by: the contract is refused with the message
   */
  Payout payoutFor(CompensationTerms terms, PeriodResults results);

  /**
   * What the model asks of a contract besides the common terms, such as a clawback rate: the
   * contract form asks for each, checks it and keeps it with the contract's terms.
   */
  default List<Parameter> parameters() {
    return List.of();
  }

  /**
   * Whether leads returned within the dispute window lower what the model pays under the terms: a
   * model that pays by leads says so; one paying by deals, revenue or a retainer does not.
   */
  default boolean creditsReturns(CompensationTerms terms) {
    return false;
  }
}
