package io.outsight.core.metric;

import io.outsight.extension.api.metric.MetricUnit;
import io.outsight.extension.api.metric.PeriodOutcome;
import io.outsight.extension.api.metric.ReportedMetric;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The built-in derived metrics, each a contribution to the {@code MetricDefinition} extension
 * point: conversion rates along the funnel, cost per lead and per acquisition, and return on
 * investment.
 */
public final class DerivedMetrics {

  private DerivedMetrics() {}

  /** Qualified leads as a percentage of the leads created. */
  public static class LeadToQualified extends Derived.Conversion {
    public LeadToQualified() {
      super(
          "lead-to-qualified-rate",
          "Lead to qualified lead conversion",
          ReportedMetric.QUALIFIED_LEADS,
          ReportedMetric.LEADS_CREATED);
    }
  }

  /** Deals closed as a percentage of the leads created. */
  public static class LeadToDeal extends Derived.Conversion {
    public LeadToDeal() {
      super(
          "lead-to-deal-rate",
          "Lead to deal conversion",
          ReportedMetric.DEALS_CLOSED,
          ReportedMetric.LEADS_CREATED);
    }
  }

  /** Deals closed as a percentage of the meetings booked. */
  public static class MeetingToDeal extends Derived.Conversion {
    public MeetingToDeal() {
      super(
          "meeting-to-deal-rate",
          "Meeting to deal conversion",
          ReportedMetric.DEALS_CLOSED,
          ReportedMetric.MEETINGS_BOOKED);
    }
  }

  /** The period's spend per lead kept: leads created less those returned in the dispute window. */
  public static class CostPerLead extends Derived {
    public CostPerLead() {
      super("cost-per-lead", "Cost per lead", MetricUnit.MONEY);
    }

    @Override
    public Optional<BigDecimal> valueIn(PeriodOutcome outcome) {
      Optional<BigDecimal> kept =
          outcome
              .results()
              .value(ReportedMetric.LEADS_CREATED)
              .map(
                  leads ->
                      leads.subtract(
                          outcome
                              .results()
                              .value(ReportedMetric.LEADS_RETURNED)
                              .orElse(BigDecimal.ZERO)));
      return ratio(outcome.spendIfKnown().map(spend -> spend.amount()), kept);
    }
  }

  /** The period's spend per deal closed. */
  public static class CostPerAcquisition extends Derived {
    public CostPerAcquisition() {
      super("cost-per-acquisition", "Cost per acquisition", MetricUnit.MONEY);
    }

    @Override
    public Optional<BigDecimal> valueIn(PeriodOutcome outcome) {
      return ratio(
          outcome.spendIfKnown().map(spend -> spend.amount()),
          outcome.results().value(ReportedMetric.DEALS_CLOSED));
    }
  }

  /** Revenue less spend, as a percentage of spend. */
  public static class ReturnOnInvestment extends Derived {
    public ReturnOnInvestment() {
      super("roi", "Return on investment", MetricUnit.PERCENT);
    }

    @Override
    public Optional<BigDecimal> valueIn(PeriodOutcome outcome) {
      Optional<BigDecimal> spend = outcome.spendIfKnown().map(paid -> paid.amount());
      return ratio(
          outcome
              .results()
              .value(ReportedMetric.REVENUE)
              .flatMap(revenue -> spend.map(revenue::subtract)),
          spend);
    }
  }
}
