package io.outsight.web.api;

import io.outsight.core.costmodel.CostModel;
import io.outsight.core.costmodel.InHouseTeam;
import io.outsight.core.costmodel.OutsourcedOffer;
import io.outsight.core.costmodel.PipelineAssumptions;
import io.outsight.core.money.Money;
import io.outsight.core.money.Percentage;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The cost model's inputs: the pipeline, the in-house team and the vendor's offer, with amounts in
 * one currency and shares in percent. The screen and the API both evaluate it.
 */
public record CostModelRequest(
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 currency code, such as EUR") String currency,
    @Min(1) @Max(120) int horizonMonths,
    @Min(0) int leadsPerMonth,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal leadToMeeting,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal leadToDeal,
    @NotNull @DecimalMin("0") BigDecimal annualContractValue,
    @Min(0) @Max(36) int salesCycleMonths,
    @NotNull @DecimalMin("0") BigDecimal monthlySalaryPerRep,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal commission,
    @NotNull @DecimalMin("0") @DecimalMax("200") BigDecimal payrollOverhead,
    @NotNull @DecimalMin("0") BigDecimal recruitingCostPerRep,
    @Min(0) @Max(24) int rampMonths,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal rampProductivity,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal annualAttrition,
    @Min(1) int leadsPerRepPerMonth,
    @NotNull @DecimalMin("0") BigDecimal setupFees,
    @NotNull @DecimalMin("0") BigDecimal monthlyRetainer,
    @NotNull @DecimalMin("0") BigDecimal feePerLead,
    @NotNull @DecimalMin("0") BigDecimal feePerMeeting,
    @NotNull @DecimalMin("0") BigDecimal feePerDeal,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal revenueShare) {

  /** @throws IllegalArgumentException naming the input that is out of range */
  public CostModel toModel() {
    Currency money = Currency.getInstance(currency);
    return new CostModel(
        new PipelineAssumptions(leadsPerMonth, new Percentage(leadToMeeting), new Percentage(leadToDeal),
            new Money(annualContractValue, money), salesCycleMonths),
        new InHouseTeam(new Money(monthlySalaryPerRep, money), new Percentage(commission), new Percentage(payrollOverhead),
            new Money(recruitingCostPerRep, money), rampMonths, new Percentage(rampProductivity), new Percentage(annualAttrition),
            leadsPerRepPerMonth),
        new OutsourcedOffer(new Money(setupFees, money), new Money(monthlyRetainer, money), new Money(feePerLead, money),
            new Money(feePerMeeting, money), new Money(feePerDeal, money), new Percentage(revenueShare)),
        horizonMonths);
  }
}
