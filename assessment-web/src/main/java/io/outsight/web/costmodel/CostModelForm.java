package io.outsight.web.costmodel;

import io.outsight.core.costmodel.CostModel;
import io.outsight.web.api.CostModelRequest;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The cost model's inputs as the form edits them, starting from a plausible Finnish B2B case (60
 * leads a month, 25,000 EUR ACV) that the user replaces with their own figures.
 */
public class CostModelForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String currency = "EUR";
  private int horizonMonths = CostModel.DEFAULT_HORIZON_MONTHS;
  private int leadsPerMonth = 60;
  private BigDecimal leadToMeeting = new BigDecimal("25");
  private BigDecimal leadToDeal = new BigDecimal("4");
  private BigDecimal annualContractValue = new BigDecimal("25000");
  private int salesCycleMonths = 3;
  private BigDecimal monthlySalaryPerRep = new BigDecimal("4500");
  private BigDecimal commission = new BigDecimal("8");
  private BigDecimal payrollOverhead = new BigDecimal("25");
  private BigDecimal recruitingCostPerRep = new BigDecimal("9000");
  private int rampMonths = 4;
  private BigDecimal rampProductivity = new BigDecimal("50");
  private BigDecimal annualAttrition = new BigDecimal("20");
  private int leadsPerRepPerMonth = 30;
  private BigDecimal setupFees = new BigDecimal("8000");
  private BigDecimal monthlyRetainer = new BigDecimal("3000");
  private BigDecimal feePerLead = new BigDecimal("40");
  private BigDecimal feePerMeeting = new BigDecimal("150");
  private BigDecimal feePerDeal = new BigDecimal("1000");
  private BigDecimal revenueShare = new BigDecimal("3");
  private BigDecimal grossMargin = new BigDecimal("70");
  private int monthsToHire = 2;
  private int leadsPerCloserPerMonth = 60;
  private BigDecimal toolsPerRepPerMonth = new BigDecimal("150");
  private BigDecimal managementPerMonth = new BigDecimal("1500");
  private BigDecimal vendorLeadToDeal = new BigDecimal("3");
  private int vendorRampMonths = 1;
  private BigDecimal vendorRampProductivity = new BigDecimal("60");
  private BigDecimal governancePerMonth = new BigDecimal("800");
  private boolean leadGeneration = true;
  private BigDecimal leadGenerationSetupFees = new BigDecimal("3000");
  private BigDecimal leadGenerationRetainer = new BigDecimal("1500");
  private BigDecimal leadGenerationFeePerLead = new BigDecimal("60");
  private BigDecimal leadGenerationFeePerMeeting = new BigDecimal("100");
  private BigDecimal leadGenerationLeadToDeal = new BigDecimal("4");
  private int leadGenerationRampMonths = 1;
  private BigDecimal leadGenerationRampProductivity = new BigDecimal("60");
  private BigDecimal leadGenerationGovernance = new BigDecimal("600");

  CostModelRequest toRequest() {
    CostModelRequest request = new CostModelRequest();
    request.currency = currency;
    request.horizonMonths = horizonMonths;
    request.leadsPerMonth = leadsPerMonth;
    request.leadToMeeting = leadToMeeting;
    request.leadToDeal = leadToDeal;
    request.annualContractValue = annualContractValue;
    request.salesCycleMonths = salesCycleMonths;
    request.monthlySalaryPerRep = monthlySalaryPerRep;
    request.commission = commission;
    request.payrollOverhead = payrollOverhead;
    request.recruitingCostPerRep = recruitingCostPerRep;
    request.rampMonths = rampMonths;
    request.rampProductivity = rampProductivity;
    request.annualAttrition = annualAttrition;
    request.leadsPerRepPerMonth = leadsPerRepPerMonth;
    request.setupFees = setupFees;
    request.monthlyRetainer = monthlyRetainer;
    request.feePerLead = feePerLead;
    request.feePerMeeting = feePerMeeting;
    request.feePerDeal = feePerDeal;
    request.revenueShare = revenueShare;
    request.grossMargin = grossMargin;
    request.monthsToHire = (long) monthsToHire;
    request.leadsPerCloserPerMonth = (long) leadsPerCloserPerMonth;
    request.toolsPerRepPerMonth = toolsPerRepPerMonth;
    request.managementPerMonth = managementPerMonth;
    request.vendorLeadToDeal = vendorLeadToDeal;
    request.vendorRampMonths = (long) vendorRampMonths;
    request.vendorRampProductivity = vendorRampProductivity;
    request.governancePerMonth = governancePerMonth;
    if (leadGeneration) {
      CostModelRequest.LeadGenerationOffer offer = new CostModelRequest.LeadGenerationOffer();
      offer.setupFees = leadGenerationSetupFees;
      offer.monthlyRetainer = leadGenerationRetainer;
      offer.feePerLead = leadGenerationFeePerLead;
      offer.feePerMeeting = leadGenerationFeePerMeeting;
      offer.leadToDeal = leadGenerationLeadToDeal;
      offer.rampMonths = leadGenerationRampMonths;
      offer.rampProductivity = leadGenerationRampProductivity;
      offer.governancePerMonth = leadGenerationGovernance;
      request.leadGeneration = offer;
    }
    return request;
  }

  /** The form filled with a kept calculation's inputs, stated in full. */
  static CostModelForm of(CostModelRequest request) {
    CostModelForm form = new CostModelForm();
    form.currency = request.currency;
    form.horizonMonths = Math.toIntExact(request.horizonMonths);
    form.leadsPerMonth = Math.toIntExact(request.leadsPerMonth);
    form.leadToMeeting = request.leadToMeeting;
    form.leadToDeal = request.leadToDeal;
    form.annualContractValue = request.annualContractValue;
    form.salesCycleMonths = Math.toIntExact(request.salesCycleMonths);
    form.monthlySalaryPerRep = request.monthlySalaryPerRep;
    form.commission = request.commission;
    form.payrollOverhead = request.payrollOverhead;
    form.recruitingCostPerRep = request.recruitingCostPerRep;
    form.rampMonths = Math.toIntExact(request.rampMonths);
    form.rampProductivity = request.rampProductivity;
    form.annualAttrition = request.annualAttrition;
    form.leadsPerRepPerMonth = Math.toIntExact(request.leadsPerRepPerMonth);
    form.setupFees = request.setupFees;
    form.monthlyRetainer = request.monthlyRetainer;
    form.feePerLead = request.feePerLead;
    form.feePerMeeting = request.feePerMeeting;
    form.feePerDeal = request.feePerDeal;
    form.revenueShare = request.revenueShare;
    form.grossMargin = request.grossMargin;
    form.monthsToHire = Math.toIntExact(request.monthsToHire);
    form.leadsPerCloserPerMonth = Math.toIntExact(request.leadsPerCloserPerMonth);
    form.toolsPerRepPerMonth = request.toolsPerRepPerMonth;
    form.managementPerMonth = request.managementPerMonth;
    form.vendorLeadToDeal = request.vendorLeadToDeal;
    form.vendorRampMonths = Math.toIntExact(request.vendorRampMonths);
    form.vendorRampProductivity = request.vendorRampProductivity;
    form.governancePerMonth = request.governancePerMonth;
    form.leadGeneration = request.leadGeneration != null;
    if (form.leadGeneration) {
      CostModelRequest.LeadGenerationOffer offer = request.leadGeneration;
      form.leadGenerationSetupFees = offer.setupFees;
      form.leadGenerationRetainer = offer.monthlyRetainer;
      form.leadGenerationFeePerLead = offer.feePerLead;
      form.leadGenerationFeePerMeeting = offer.feePerMeeting;
      form.leadGenerationLeadToDeal = offer.leadToDeal;
      form.leadGenerationRampMonths = Math.toIntExact(offer.rampMonths);
      form.leadGenerationRampProductivity = offer.rampProductivity;
      form.leadGenerationGovernance = offer.governancePerMonth;
    }
    return form;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public int getHorizonMonths() {
    return horizonMonths;
  }

  public void setHorizonMonths(int horizonMonths) {
    this.horizonMonths = horizonMonths;
  }

  public int getLeadsPerMonth() {
    return leadsPerMonth;
  }

  public void setLeadsPerMonth(int leadsPerMonth) {
    this.leadsPerMonth = leadsPerMonth;
  }

  public BigDecimal getLeadToMeeting() {
    return leadToMeeting;
  }

  public void setLeadToMeeting(BigDecimal leadToMeeting) {
    this.leadToMeeting = leadToMeeting;
  }

  public BigDecimal getLeadToDeal() {
    return leadToDeal;
  }

  public void setLeadToDeal(BigDecimal leadToDeal) {
    this.leadToDeal = leadToDeal;
  }

  public BigDecimal getAnnualContractValue() {
    return annualContractValue;
  }

  public void setAnnualContractValue(BigDecimal annualContractValue) {
    this.annualContractValue = annualContractValue;
  }

  public int getSalesCycleMonths() {
    return salesCycleMonths;
  }

  public void setSalesCycleMonths(int salesCycleMonths) {
    this.salesCycleMonths = salesCycleMonths;
  }

  public BigDecimal getMonthlySalaryPerRep() {
    return monthlySalaryPerRep;
  }

  public void setMonthlySalaryPerRep(BigDecimal monthlySalaryPerRep) {
    this.monthlySalaryPerRep = monthlySalaryPerRep;
  }

  public BigDecimal getCommission() {
    return commission;
  }

  public void setCommission(BigDecimal commission) {
    this.commission = commission;
  }

  public BigDecimal getPayrollOverhead() {
    return payrollOverhead;
  }

  public void setPayrollOverhead(BigDecimal payrollOverhead) {
    this.payrollOverhead = payrollOverhead;
  }

  public BigDecimal getRecruitingCostPerRep() {
    return recruitingCostPerRep;
  }

  public void setRecruitingCostPerRep(BigDecimal recruitingCostPerRep) {
    this.recruitingCostPerRep = recruitingCostPerRep;
  }

  public int getRampMonths() {
    return rampMonths;
  }

  public void setRampMonths(int rampMonths) {
    this.rampMonths = rampMonths;
  }

  public BigDecimal getRampProductivity() {
    return rampProductivity;
  }

  public void setRampProductivity(BigDecimal rampProductivity) {
    this.rampProductivity = rampProductivity;
  }

  public BigDecimal getAnnualAttrition() {
    return annualAttrition;
  }

  public void setAnnualAttrition(BigDecimal annualAttrition) {
    this.annualAttrition = annualAttrition;
  }

  public int getLeadsPerRepPerMonth() {
    return leadsPerRepPerMonth;
  }

  public void setLeadsPerRepPerMonth(int leadsPerRepPerMonth) {
    this.leadsPerRepPerMonth = leadsPerRepPerMonth;
  }

  public BigDecimal getSetupFees() {
    return setupFees;
  }

  public void setSetupFees(BigDecimal setupFees) {
    this.setupFees = setupFees;
  }

  public BigDecimal getMonthlyRetainer() {
    return monthlyRetainer;
  }

  public void setMonthlyRetainer(BigDecimal monthlyRetainer) {
    this.monthlyRetainer = monthlyRetainer;
  }

  public BigDecimal getFeePerLead() {
    return feePerLead;
  }

  public void setFeePerLead(BigDecimal feePerLead) {
    this.feePerLead = feePerLead;
  }

  public BigDecimal getFeePerMeeting() {
    return feePerMeeting;
  }

  public void setFeePerMeeting(BigDecimal feePerMeeting) {
    this.feePerMeeting = feePerMeeting;
  }

  public BigDecimal getFeePerDeal() {
    return feePerDeal;
  }

  public void setFeePerDeal(BigDecimal feePerDeal) {
    this.feePerDeal = feePerDeal;
  }

  public BigDecimal getRevenueShare() {
    return revenueShare;
  }

  public void setRevenueShare(BigDecimal revenueShare) {
    this.revenueShare = revenueShare;
  }

  public BigDecimal getGrossMargin() {
    return grossMargin;
  }

  public void setGrossMargin(BigDecimal grossMargin) {
    this.grossMargin = grossMargin;
  }

  public int getMonthsToHire() {
    return monthsToHire;
  }

  public void setMonthsToHire(int monthsToHire) {
    this.monthsToHire = monthsToHire;
  }

  public int getLeadsPerCloserPerMonth() {
    return leadsPerCloserPerMonth;
  }

  public void setLeadsPerCloserPerMonth(int leadsPerCloserPerMonth) {
    this.leadsPerCloserPerMonth = leadsPerCloserPerMonth;
  }

  public BigDecimal getToolsPerRepPerMonth() {
    return toolsPerRepPerMonth;
  }

  public void setToolsPerRepPerMonth(BigDecimal toolsPerRepPerMonth) {
    this.toolsPerRepPerMonth = toolsPerRepPerMonth;
  }

  public BigDecimal getManagementPerMonth() {
    return managementPerMonth;
  }

  public void setManagementPerMonth(BigDecimal managementPerMonth) {
    this.managementPerMonth = managementPerMonth;
  }

  public BigDecimal getVendorLeadToDeal() {
    return vendorLeadToDeal;
  }

  public void setVendorLeadToDeal(BigDecimal vendorLeadToDeal) {
    this.vendorLeadToDeal = vendorLeadToDeal;
  }

  public int getVendorRampMonths() {
    return vendorRampMonths;
  }

  public void setVendorRampMonths(int vendorRampMonths) {
    this.vendorRampMonths = vendorRampMonths;
  }

  public BigDecimal getVendorRampProductivity() {
    return vendorRampProductivity;
  }

  public void setVendorRampProductivity(BigDecimal vendorRampProductivity) {
    this.vendorRampProductivity = vendorRampProductivity;
  }

  public BigDecimal getGovernancePerMonth() {
    return governancePerMonth;
  }

  public void setGovernancePerMonth(BigDecimal governancePerMonth) {
    this.governancePerMonth = governancePerMonth;
  }

  public boolean isLeadGeneration() {
    return leadGeneration;
  }

  public void setLeadGeneration(boolean leadGeneration) {
    this.leadGeneration = leadGeneration;
  }

  public BigDecimal getLeadGenerationSetupFees() {
    return leadGenerationSetupFees;
  }

  public void setLeadGenerationSetupFees(BigDecimal leadGenerationSetupFees) {
    this.leadGenerationSetupFees = leadGenerationSetupFees;
  }

  public BigDecimal getLeadGenerationRetainer() {
    return leadGenerationRetainer;
  }

  public void setLeadGenerationRetainer(BigDecimal leadGenerationRetainer) {
    this.leadGenerationRetainer = leadGenerationRetainer;
  }

  public BigDecimal getLeadGenerationFeePerLead() {
    return leadGenerationFeePerLead;
  }

  public void setLeadGenerationFeePerLead(BigDecimal leadGenerationFeePerLead) {
    this.leadGenerationFeePerLead = leadGenerationFeePerLead;
  }

  public BigDecimal getLeadGenerationFeePerMeeting() {
    return leadGenerationFeePerMeeting;
  }

  public void setLeadGenerationFeePerMeeting(BigDecimal leadGenerationFeePerMeeting) {
    this.leadGenerationFeePerMeeting = leadGenerationFeePerMeeting;
  }

  public BigDecimal getLeadGenerationLeadToDeal() {
    return leadGenerationLeadToDeal;
  }

  public void setLeadGenerationLeadToDeal(BigDecimal leadGenerationLeadToDeal) {
    this.leadGenerationLeadToDeal = leadGenerationLeadToDeal;
  }

  public int getLeadGenerationRampMonths() {
    return leadGenerationRampMonths;
  }

  public void setLeadGenerationRampMonths(int leadGenerationRampMonths) {
    this.leadGenerationRampMonths = leadGenerationRampMonths;
  }

  public BigDecimal getLeadGenerationRampProductivity() {
    return leadGenerationRampProductivity;
  }

  public void setLeadGenerationRampProductivity(BigDecimal leadGenerationRampProductivity) {
    this.leadGenerationRampProductivity = leadGenerationRampProductivity;
  }

  public BigDecimal getLeadGenerationGovernance() {
    return leadGenerationGovernance;
  }

  public void setLeadGenerationGovernance(BigDecimal leadGenerationGovernance) {
    this.leadGenerationGovernance = leadGenerationGovernance;
  }
}
