package io.outsight.core.costmodel;

import io.outsight.core.money.Money;
import io.outsight.core.money.Percentage;
import java.io.Serializable;

/**
 * The pipeline both options work: how many leads a month, how many become meetings and closed
 * deals, what a deal is worth in a year (ACV), and how many months a lead takes to close.
 */
public record PipelineAssumptions(
    int leadsPerMonth,
    Percentage leadToMeeting,
    Percentage leadToDeal,
    Money annualContractValue,
    int salesCycleMonths)
    implements Serializable {

  public PipelineAssumptions {
    if (leadsPerMonth < 0 || salesCycleMonths < 0) {
      throw new IllegalArgumentException("leads and sales cycle cannot be negative");
    }
    leadToMeeting.requireBetween(0, 100, "lead-to-meeting conversion");
    leadToDeal.requireBetween(0, 100, "lead-to-deal conversion");
  }

  /** The same pipeline with the deal value and the conversion to deals changed, for sensitivity. */
  public PipelineAssumptions varied(Percentage acvChange, Percentage conversionChange) {
    return new PipelineAssumptions(
        leadsPerMonth,
        leadToMeeting,
        new Percentage(leadToDeal.value().add(conversionChange.of(leadToDeal.value()))),
        annualContractValue.plus(annualContractValue.times(acvChange.fraction())),
        salesCycleMonths);
  }
}
