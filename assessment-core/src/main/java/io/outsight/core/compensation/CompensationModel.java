package io.outsight.core.compensation;

import io.outsight.core.extension.Extension;
import io.outsight.core.metric.PeriodResults;

/** Turns a period's results into what the vendor is paid under a contract's compensation terms. */
public interface CompensationModel extends Extension {

  Payout payoutFor(CompensationTerms terms, PeriodResults results);
}
