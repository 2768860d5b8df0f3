package io.outsight.core.costmodel;

import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.money.Percentage;
import java.io.Serializable;

/**
 * Our own sellers: salary, commission on the revenue they close, payroll overhead on salary, a
 * one-time recruiting cost per hire, the months it takes to hire before anyone starts, months of
 * ramp at partial productivity, yearly attrition (each leaver is replaced, recruited and ramped
 * again), how many leads a rep works a month (prospecting and closing) and a closer takes when a
 * vendor does the prospecting, how many of our leads become deals, tools and licences per seller,
 * and the management time the team takes, in money.
 */
public record InHouseTeam(
    Money monthlySalaryPerRep,
    Percentage commission,
    Percentage payrollOverhead,
    Money recruitingCostPerRep,
    int monthsToHire,
    int rampMonths,
    Percentage rampProductivity,
    Percentage annualAttrition,
    int leadsPerRepPerMonth,
    int leadsPerCloserPerMonth,
    Percentage leadToDeal,
    Money toolsPerRepPerMonth,
    Money managementPerMonth)
    implements Serializable {

  public InHouseTeam {
    commission.requireBetween(0, 100, "commission");
    payrollOverhead.requireBetween(0, 200, "payroll overhead");
    rampProductivity.requireBetween(0, 100, "ramp productivity");
    annualAttrition.requireBetween(0, 100, "annual attrition");
    leadToDeal.requireBetween(0, 100, "in-house lead-to-deal conversion");
    if (monthsToHire < 0 || rampMonths < 0) {
      throw new IllegalArgumentException("months to hire and ramp months cannot be negative");
    }
    if (leadsPerRepPerMonth < 1 || leadsPerCloserPerMonth < 1) {
      throw new IllegalArgumentException("a rep and a closer work at least one lead a month");
    }
  }

  /** The same team losing a different share of its sellers a year. */
  InHouseTeam withAttrition(Percentage attrition) {
    return new InHouseTeam(
        monthlySalaryPerRep,
        commission,
        payrollOverhead,
        recruitingCostPerRep,
        monthsToHire,
        rampMonths,
        rampProductivity,
        attrition.requireBetween(0, 100, "annual attrition"),
        leadsPerRepPerMonth,
        leadsPerCloserPerMonth,
        leadToDeal,
        toolsPerRepPerMonth,
        managementPerMonth);
  }
}
