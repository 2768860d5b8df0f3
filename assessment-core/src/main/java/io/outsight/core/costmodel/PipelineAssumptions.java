package io.outsight.core.costmodel;

import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.money.Percentage;
import java.io.Serializable;

/**
 * The market every option works: how many leads a month, how many become meetings, what a deal is
 * worth in a year (ACV), how many months a lead takes to close, and the gross margin on that
 * revenue, which is what pays for the selling. How many leads become deals depends on who works
 * them, so each option states its own conversion.
 */
public record PipelineAssumptions(
    int leadsPerMonth,
    Percentage leadToMeeting,
    Money annualContractValue,
    int salesCycleMonths,
    Percentage grossMargin)
    implements Serializable {

  public PipelineAssumptions {
    if (leadsPerMonth < 0 || salesCycleMonths < 0) {
      throw new IllegalArgumentException("leads and sales cycle cannot be negative");
    }
    leadToMeeting.requireBetween(0, 100, "lead-to-meeting conversion");
    grossMargin.requireBetween(0, 100, "gross margin");
  }

  /** The same market with another number of leads a month. */
  public PipelineAssumptions withLeads(int leads) {
    return new PipelineAssumptions(
        leads, leadToMeeting, annualContractValue, salesCycleMonths, grossMargin);
  }
}
