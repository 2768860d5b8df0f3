package io.outsight.core.extension;

import io.outsight.core.compensation.CompensationTerms;
import io.outsight.core.compensation.Payout;
import io.outsight.core.metric.PeriodResults;

/** Turns a period's results into what the vendor is paid under a contract's compensation terms. */
public interface CompensationModel extends Extension {

  Payout payoutFor(CompensationTerms terms, PeriodResults results);
}
