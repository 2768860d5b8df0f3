package io.outsight.web.api;

import io.outsight.core.costmodel.CostModel;
import io.outsight.core.costmodel.InHouseTeam;
import io.outsight.core.costmodel.OutsourcedOffer;
import io.outsight.core.costmodel.PipelineAssumptions;
import io.outsight.core.money.Money;
import io.outsight.core.money.Percentage;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The cost model's inputs: the pipeline, the in-house team and the vendor's offer, with amounts in
 * one currency and shares in percent. The screen and the API both evaluate it.
 *
 * <p>A class with public fields rather than a record: Payara's OpenAPI generator fails on
 * constraint annotations of record components (a NullPointerException in its schema processor).
 */
public class CostModelRequest {

  @NotNull @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 currency code, such as EUR") public String currency;
  @DecimalMin("1") @DecimalMax("120") public int horizonMonths;
  @DecimalMin("0") public int leadsPerMonth;
  @NotNull @DecimalMin("0") @DecimalMax("100") public BigDecimal leadToMeeting;
  @NotNull @DecimalMin("0") @DecimalMax("100") public BigDecimal leadToDeal;
  @NotNull @DecimalMin("0") public BigDecimal annualContractValue;
  @DecimalMin("0") @DecimalMax("36") public int salesCycleMonths;
  @NotNull @DecimalMin("0") public BigDecimal monthlySalaryPerRep;
  @NotNull @DecimalMin("0") @DecimalMax("100") public BigDecimal commission;
  @NotNull @DecimalMin("0") @DecimalMax("200") public BigDecimal payrollOverhead;
  @NotNull @DecimalMin("0") public BigDecimal recruitingCostPerRep;
  @DecimalMin("0") @DecimalMax("24") public int rampMonths;
  @NotNull @DecimalMin("0") @DecimalMax("100") public BigDecimal rampProductivity;
  @NotNull @DecimalMin("0") @DecimalMax("100") public BigDecimal annualAttrition;
  @DecimalMin("1") public int leadsPerRepPerMonth;
  @NotNull @DecimalMin("0") public BigDecimal setupFees;
  @NotNull @DecimalMin("0") public BigDecimal monthlyRetainer;
  @NotNull @DecimalMin("0") public BigDecimal feePerLead;
  @NotNull @DecimalMin("0") public BigDecimal feePerMeeting;
  @NotNull @DecimalMin("0") public BigDecimal feePerDeal;
  @NotNull @DecimalMin("0") @DecimalMax("100") public BigDecimal revenueShare;

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
