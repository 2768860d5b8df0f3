package io.outsight.web.api;

import io.outsight.core.costmodel.CostModel;
import io.outsight.core.costmodel.InHouseTeam;
import io.outsight.core.costmodel.OutsourcedOffer;
import io.outsight.core.costmodel.PipelineAssumptions;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.money.Percentage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * The cost model's inputs: the pipeline, the in-house team and the vendor's offer, with amounts in
 * one currency and shares in percent. The screen and the API both evaluate it.
 */
public class CostModelRequest {

  // Counts are long, not int: JSON-B wraps a number beyond int silently (4294967297 would read as
  // 1), while a long reads exactly whatever JsonBodies lets through, and the bounds below then
  // refuse it.

  /**
   * The largest amount taken, a trillion in the currency: above it the model describes no sales
   * team.
   */
  public static final String MONEY = "1000000000000";

  private static final Jsonb SCENARIO_JSON = JsonbBuilder.create();

  @NotNull
  @Pattern(regexp = "[A-Z]{3}", message = "{outsight.field.currency}")
  public String currency;

  @DecimalMin("1")
  @DecimalMax("120")
  public long horizonMonths;

  @DecimalMin("0")
  @DecimalMax("100000")
  public long leadsPerMonth;

  @NotNull
  @DecimalMin("0")
  @DecimalMax("100")
  public BigDecimal leadToMeeting;

  /** How many of the leads our own people work become deals. */
  @NotNull
  @DecimalMin("0")
  @DecimalMax("100")
  public BigDecimal leadToDeal;

  @NotNull
  @DecimalMin("0")
  @DecimalMax(MONEY)
  public BigDecimal annualContractValue;

  @DecimalMin("0")
  @DecimalMax("36")
  public long salesCycleMonths;

  @NotNull
  @DecimalMin("0")
  @DecimalMax(MONEY)
  public BigDecimal monthlySalaryPerRep;

  @NotNull
  @DecimalMin("0")
  @DecimalMax("100")
  public BigDecimal commission;

  @NotNull
  @DecimalMin("0")
  @DecimalMax("200")
  public BigDecimal payrollOverhead;

  @NotNull
  @DecimalMin("0")
  @DecimalMax(MONEY)
  public BigDecimal recruitingCostPerRep;

  @DecimalMin("0")
  @DecimalMax("24")
  public long rampMonths;

  @NotNull
  @DecimalMin("0")
  @DecimalMax("100")
  public BigDecimal rampProductivity;

  @NotNull
  @DecimalMin("0")
  @DecimalMax("100")
  public BigDecimal annualAttrition;

  @DecimalMin("1")
  @DecimalMax("100000")
  public long leadsPerRepPerMonth;

  @NotNull
  @DecimalMin("0")
  @DecimalMax(MONEY)
  public BigDecimal setupFees;

  @NotNull
  @DecimalMin("0")
  @DecimalMax(MONEY)
  public BigDecimal monthlyRetainer;

  @NotNull
  @DecimalMin("0")
  @DecimalMax(MONEY)
  public BigDecimal feePerLead;

  @NotNull
  @DecimalMin("0")
  @DecimalMax(MONEY)
  public BigDecimal feePerMeeting;

  @NotNull
  @DecimalMin("0")
  @DecimalMax(MONEY)
  public BigDecimal feePerDeal;

  @NotNull
  @DecimalMin("0")
  @DecimalMax("100")
  public BigDecimal revenueShare;

  // The inputs below came with the second cost model; a request without them keeps the first one's
  // meaning: a full margin, the vendor converting as our own people do and starting at full pace,
  // nobody's time costed, and a closer taking twice the leads of a rep who also prospects.

  @DecimalMin("0")
  @DecimalMax("100")
  public BigDecimal grossMargin;

  @DecimalMin("0")
  @DecimalMax("24")
  public Long monthsToHire;

  @DecimalMin("1")
  @DecimalMax("100000")
  public Long leadsPerCloserPerMonth;

  @DecimalMin("0")
  @DecimalMax(MONEY)
  public BigDecimal toolsPerRepPerMonth;

  @DecimalMin("0")
  @DecimalMax(MONEY)
  public BigDecimal managementPerMonth;

  /**
   * How many of the leads the vendor works become deals; {@code leadToDeal} is our own people's.
   */
  @DecimalMin("0")
  @DecimalMax("100")
  public BigDecimal vendorLeadToDeal;

  @DecimalMin("0")
  @DecimalMax("24")
  public Long vendorRampMonths;

  @DecimalMin("0")
  @DecimalMax("100")
  public BigDecimal vendorRampProductivity;

  /** Our time spent governing the vendor, in money a month. */
  @DecimalMin("0")
  @DecimalMax(MONEY)
  public BigDecimal governancePerMonth;

  /** A lead-generation vendor's offer, compared as a third option when given. */
  @Valid public LeadGenerationOffer leadGeneration;

  /**
   * A vendor that prospects and hands its leads to our closers: its fees, how many of its leads our
   * closers close, its ramp and our time governing it.
   */
  public static class LeadGenerationOffer {

    @NotNull
    @DecimalMin("0")
    @DecimalMax(MONEY)
    public BigDecimal setupFees;

    @NotNull
    @DecimalMin("0")
    @DecimalMax(MONEY)
    public BigDecimal monthlyRetainer;

    @NotNull
    @DecimalMin("0")
    @DecimalMax(MONEY)
    public BigDecimal feePerLead;

    @NotNull
    @DecimalMin("0")
    @DecimalMax(MONEY)
    public BigDecimal feePerMeeting;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    public BigDecimal leadToDeal;

    @DecimalMin("0")
    @DecimalMax("24")
    public long rampMonths;

    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    public BigDecimal rampProductivity;

    @NotNull
    @DecimalMin("0")
    @DecimalMax(MONEY)
    public BigDecimal governancePerMonth;

    OutsourcedOffer toOffer(Currency money) {
      Money none = Money.zero(money);
      return new OutsourcedOffer(
          new Money(setupFees, money),
          new Money(monthlyRetainer, money),
          new Money(feePerLead, money),
          new Money(feePerMeeting, money),
          none,
          Percentage.ZERO,
          new Percentage(leadToDeal),
          Math.toIntExact(rampMonths),
          new Percentage(rampProductivity),
          new Money(governancePerMonth, money));
    }
  }

  /**
   * @throws IllegalArgumentException naming the input that is out of range
   */
  public CostModel toModel() {
    Currency money = Currency.getInstance(currency);
    Money none = Money.zero(money);
    return new CostModel(
        new PipelineAssumptions(
            Math.toIntExact(leadsPerMonth),
            new Percentage(leadToMeeting),
            new Money(annualContractValue, money),
            Math.toIntExact(salesCycleMonths),
            grossMargin == null ? Percentage.HUNDRED : new Percentage(grossMargin)),
        new InHouseTeam(
            new Money(monthlySalaryPerRep, money),
            new Percentage(commission),
            new Percentage(payrollOverhead),
            new Money(recruitingCostPerRep, money),
            monthsToHire == null ? 0 : Math.toIntExact(monthsToHire),
            Math.toIntExact(rampMonths),
            new Percentage(rampProductivity),
            new Percentage(annualAttrition),
            Math.toIntExact(leadsPerRepPerMonth),
            Math.toIntExact(
                leadsPerCloserPerMonth == null ? 2 * leadsPerRepPerMonth : leadsPerCloserPerMonth),
            new Percentage(leadToDeal),
            toolsPerRepPerMonth == null ? none : new Money(toolsPerRepPerMonth, money),
            managementPerMonth == null ? none : new Money(managementPerMonth, money)),
        new OutsourcedOffer(
            new Money(setupFees, money),
            new Money(monthlyRetainer, money),
            new Money(feePerLead, money),
            new Money(feePerMeeting, money),
            new Money(feePerDeal, money),
            new Percentage(revenueShare),
            new Percentage(vendorLeadToDeal == null ? leadToDeal : vendorLeadToDeal),
            vendorRampMonths == null ? 0 : Math.toIntExact(vendorRampMonths),
            vendorRampProductivity == null
                ? Percentage.HUNDRED
                : new Percentage(vendorRampProductivity),
            governancePerMonth == null ? none : new Money(governancePerMonth, money)),
        Optional.ofNullable(leadGeneration).map(offer -> offer.toOffer(money)),
        Math.toIntExact(horizonMonths));
  }

  /** A model's inputs stated in full, as a scenario keeps them and the API shows them. */
  public static CostModelRequest of(CostModel model) {
    PipelineAssumptions pipeline = model.pipeline();
    InHouseTeam team = model.inHouse();
    OutsourcedOffer offer = model.outsourced();
    CostModelRequest request = new CostModelRequest();
    request.currency = pipeline.annualContractValue().currency().getCurrencyCode();
    request.horizonMonths = model.horizonMonths();
    request.leadsPerMonth = pipeline.leadsPerMonth();
    request.leadToMeeting = pipeline.leadToMeeting().value();
    request.annualContractValue = pipeline.annualContractValue().amount();
    request.salesCycleMonths = pipeline.salesCycleMonths();
    request.grossMargin = pipeline.grossMargin().value();
    request.leadToDeal = team.leadToDeal().value();
    request.monthlySalaryPerRep = team.monthlySalaryPerRep().amount();
    request.commission = team.commission().value();
    request.payrollOverhead = team.payrollOverhead().value();
    request.recruitingCostPerRep = team.recruitingCostPerRep().amount();
    request.monthsToHire = (long) team.monthsToHire();
    request.rampMonths = team.rampMonths();
    request.rampProductivity = team.rampProductivity().value();
    request.annualAttrition = team.annualAttrition().value();
    request.leadsPerRepPerMonth = team.leadsPerRepPerMonth();
    request.leadsPerCloserPerMonth = (long) team.leadsPerCloserPerMonth();
    request.toolsPerRepPerMonth = team.toolsPerRepPerMonth().amount();
    request.managementPerMonth = team.managementPerMonth().amount();
    request.setupFees = offer.setupFees().amount();
    request.monthlyRetainer = offer.monthlyRetainer().amount();
    request.feePerLead = offer.feePerLead().amount();
    request.feePerMeeting = offer.feePerMeeting().amount();
    request.feePerDeal = offer.feePerDeal().amount();
    request.revenueShare = offer.revenueShare().value();
    request.vendorLeadToDeal = offer.leadToDeal().value();
    request.vendorRampMonths = (long) offer.rampMonths();
    request.vendorRampProductivity = offer.rampProductivity().value();
    request.governancePerMonth = offer.governancePerMonth().amount();
    model
        .leadGeneration()
        .ifPresent(
            leads -> {
              LeadGenerationOffer stated = new LeadGenerationOffer();
              stated.setupFees = leads.setupFees().amount();
              stated.monthlyRetainer = leads.monthlyRetainer().amount();
              stated.feePerLead = leads.feePerLead().amount();
              stated.feePerMeeting = leads.feePerMeeting().amount();
              stated.leadToDeal = leads.leadToDeal().value();
              stated.rampMonths = leads.rampMonths();
              stated.rampProductivity = leads.rampProductivity().value();
              stated.governancePerMonth = leads.governancePerMonth().amount();
              request.leadGeneration = stated;
            });
    return request;
  }

  /** The inputs as a scenario keeps them. */
  public String toJson() {
    return SCENARIO_JSON.toJson(this);
  }

  /** Inputs a scenario kept. */
  public static CostModelRequest fromJson(String inputs) {
    return SCENARIO_JSON.fromJson(inputs, CostModelRequest.class);
  }
}
