package io.outsight.core.costmodel;

import io.outsight.core.money.Money;
import io.outsight.core.money.Percentage;
import java.io.Serializable;

/**
 * Hiring our own reps: salary, commission on the revenue they close, payroll overhead on salary, a
 * one-time recruiting cost per hire, months of ramp at partial productivity, yearly attrition (each
 * leaver is replaced, recruited and ramped again) and how many leads one rep works a month.
 */
public record InHouseTeam(
    Money monthlySalaryPerRep,
    Percentage commission,
    Percentage payrollOverhead,
    Money recruitingCostPerRep,
    int rampMonths,
    Percentage rampProductivity,
    Percentage annualAttrition,
    int leadsPerRepPerMonth)
    implements Serializable {

  public InHouseTeam {
    commission.requireBetween(0, 100, "commission");
    payrollOverhead.requireBetween(0, 200, "payroll overhead");
    rampProductivity.requireBetween(0, 100, "ramp productivity");
    annualAttrition.requireBetween(0, 100, "annual attrition");
    if (rampMonths < 0 || leadsPerRepPerMonth < 1) {
      throw new IllegalArgumentException(
          "ramp months cannot be negative and a rep works at least one lead");
    }
  }
}
