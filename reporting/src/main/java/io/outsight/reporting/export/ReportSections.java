package io.outsight.reporting.export;

import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.ContradictionFinding;
import io.outsight.extension.api.report.KpiGoal;
import io.outsight.extension.api.report.KpiStatus;
import io.outsight.extension.api.report.MetricLine;
import io.outsight.extension.api.report.MetricPeriod;
import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.extension.api.report.ReportDocument;
import io.outsight.extension.api.report.ReportDocument.Labels;
import io.outsight.extension.api.report.ScenarioExpectation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A report as titled tables, the same for every tabular format: what the file is, the KPI
 * definitions, the recommendation, the figures, the targets per period, the spend per period, and
 * how each period's spend was reached, line by line. Cells are text, numbers (kept as numbers) or a
 * {@link Light}.
 */
final class ReportSections {

  /** One table: its title, its column headings and its rows. */
  record Section(String title, List<String> columns, List<List<Object>> rows) {}

  /** A traffic light, written as its words and, where the format can, in its colour. */
  record Light(KpiStatus status, String text) {

    @Override
    public String toString() {
      return text;
    }
  }

  private ReportSections() {}

  static List<Section> of(ReportDocument document) {
    ContractReport report = document.report();
    ReportDocument.Metadata about = document.metadata();
    Labels labels = document.labels();
    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(
            labels.text("export.about"),
            columns(labels, "export.item", "export.value"),
            List.of(
                row(labels.text("export.title"), about.title()),
                row(labels.text("contract.reference"), report.contractReference()),
                row(labels.text("contract.vendor"), report.vendorName()),
                row(
                    labels.text("export.periods"),
                    labels.period(report.from()) + " – " + labels.period(report.to())),
                row(labels.text("export.generatedBy"), about.generatedBy()),
                row(labels.text("export.generatedAt"), about.generatedAt().toString()),
                row(labels.text("export.asOf"), about.asOf().toString()),
                row(labels.text("export.language"), about.language()),
                row(labels.text("contract.compensationModel"), about.compensationModel()),
                row(
                    labels.text("export.metricDefinitions"),
                    String.join(", ", about.metricDefinitions())))));
    sections.add(
        new Section(
            labels.text("contract.section.kpis"),
            columns(
                labels,
                "contract.kpi.metric",
                "contract.kpi.direction",
                "contract.kpi.target",
                "contract.kpi.greenAt",
                "contract.kpi.amberAt"),
            about.kpis().stream()
                .map(
                    kpi ->
                        row(
                            labels.metric(kpi.metricId()),
                            labels.text("contract.direction." + kpi.direction()),
                            kpi.target(),
                            kpi.greenAt(),
                            kpi.amberAt()))
                .toList()));
    List<List<Object>> recommendation = new ArrayList<>();
    recommendation.add(
        row(
            labels.text("report.recommendation"),
            labels.text("report.verdict." + report.recommendation().verdict())));
    report
        .recommendation()
        .reasons()
        .forEach(
            reason -> recommendation.add(row(labels.text("export.reason"), labels.reason(reason))));
    sections.add(
        new Section(
            labels.text("report.recommendation"),
            columns(labels, "export.item", "export.value"),
            recommendation));
    sections.add(
        new Section(
            labels.text("export.figures"),
            columns(labels, "export.item", "export.value"),
            List.of(
                row(labels.text("report.totalSpend"), amount(report.totalSpend())),
                row(
                    labels.text("metric.cost-per-lead"),
                    orNoData(labels, amount(report.costPerLead()))),
                row(
                    labels.text("report.costPerDeal"),
                    orNoData(labels, amount(report.costPerDeal()))),
                row(labels.text("metric.roi"), orNoData(labels, report.roi())),
                row(
                    labels.text("report.inHouse"),
                    report.inHouseCost() == null
                        ? labels.text("report.inHouse.unknown")
                        : amount(report.inHouseCost())),
                row(
                    labels.text("export.currency"),
                    report.totalSpend().currency().getCurrencyCode()),
                row(
                    labels.text("report.late"),
                    report.lateReports().stream()
                        .map(labels::period)
                        .collect(Collectors.joining(", "))),
                row(labels.text("report.dataOwned"), yesNo(labels, report.clauses().dataOwned())),
                row(
                    labels.text("contract.clause.dataLocation"),
                    Objects.requireNonNullElse(report.clauses().dataLocation(), "")),
                row(
                    labels.text("contract.clause.subcontractingAllowed"),
                    yesNo(labels, report.clauses().subcontractingAllowed())),
                row(labels.text("contract.exitPlan"), yesNo(labels, report.clauses().exitPlan())),
                row(
                    labels.text("contract.exitPlanNote"),
                    Objects.requireNonNullElse(report.clauses().exitPlanNote(), "")),
                row(
                    labels.text("export.shareOfLeads"),
                    orNoData(labels, report.concentration().leads())),
                row(
                    labels.text("export.shareOfDeals"),
                    orNoData(labels, report.concentration().deals())),
                row(
                    labels.text("export.shareOfRevenue"),
                    orNoData(labels, report.concentration().revenue())))));
    if (report.scenario() != null) {
      sections.add(scenario(labels, report));
    }
    List<List<Object>> contradictions = new ArrayList<>();
    for (ContradictionFinding finding : report.clauses().contradictions()) {
      contradictions.add(
          row(
              labels.text("clause.contradiction." + finding.contradiction()),
              finding.isAccepted()
                  ? labels.text(
                      "clause.acceptedBy",
                      finding.acceptedAt().toString(),
                      finding.acceptedBy(),
                      finding.reason())
                  : labels.text("clause.standing")));
    }
    if (contradictions.isEmpty()) {
      contradictions.add(row(labels.text("clause.none"), ""));
    }
    sections.add(
        new Section(
            labels.text("clause.contradictions"),
            columns(labels, "export.item", "export.value"),
            contradictions));
    List<List<Object>> targets = new ArrayList<>();
    for (MetricLine line : report.metrics()) {
      KpiGoal kpi = line.target();
      for (MetricPeriod period : line.periods()) {
        targets.add(
            row(
                labels.metric(line.metricId()),
                labels.period(period.period()),
                kpi.target(),
                orNoData(labels, period.actual()),
                orNoData(labels, period.attainment()),
                new Light(period.status(), labels.text("report.status." + period.status())),
                labels.text("report.trend." + line.trend())));
      }
    }
    sections.add(
        new Section(
            labels.text("report.metrics"),
            columns(
                labels,
                "contract.kpi.metric",
                "results.period",
                "contract.kpi.target",
                "export.actual",
                "export.attainment",
                "export.status",
                "report.trend"),
            targets));
    List<List<Object>> spend =
        new ArrayList<>(
            report.spend().stream()
                .map(
                    period ->
                        row(
                            labels.period(period.period()),
                            amount(period.payout()),
                            amount(period.oneTimeFees()),
                            amount(period.adjustments()),
                            amount(period.total()),
                            settlement(labels, period)))
                .toList());
    spend.add(
        row(
            labels.text("report.total"),
            report.spend().stream()
                .map(period -> period.payout().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add),
            report.spend().stream()
                .map(period -> period.oneTimeFees().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add),
            report.spend().stream()
                .map(period -> period.adjustments().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add),
            amount(report.totalSpend()),
            ""));
    sections.add(
        new Section(
            labels.text("report.spend"),
            columns(
                labels,
                "results.period",
                "report.payout",
                "report.fees",
                "report.adjustments",
                "report.total",
                "settlement.status"),
            spend));
    sections.add(
        new Section(
            labels.text("report.breakdown"),
            columns(labels, "results.period", "report.breakdown.line", "report.breakdown.amount"),
            report.spend().stream()
                .flatMap(
                    period ->
                        period.lines().stream()
                            .map(
                                line ->
                                    row(
                                        labels.period(period.period()),
                                        labels.payoutLine(line),
                                        amount(line.amount()))))
                .toList()));
    if (!report.reconciliation().isEmpty()) {
      sections.add(
          new Section(
              labels.text("report.reconciliation"),
              columns(
                  labels,
                  "results.period",
                  "contract.kpi.metric",
                  "reconciliation.reported",
                  "reconciliation.crm",
                  "reconciliation.difference",
                  "reconciliation.differencePercent",
                  "reconciliation.check"),
              report.reconciliation().stream()
                  .map(
                      line ->
                          row(
                              labels.period(line.period()),
                              labels.metric(line.metric()),
                              orNoData(labels, line.reported()),
                              line.crm(),
                              line.difference(),
                              line.differencePercent() == null ? "" : line.differencePercent(),
                              line.explanation() == null
                                  ? labels.text(
                                      line.flagged()
                                          ? "reconciliation.flagged"
                                          : "reconciliation.matches")
                                  : labels.text(
                                      "reconciliation.explained",
                                      line.explanation().by(),
                                      line.explanation().at().toString(),
                                      line.explanation().reason())))
                  .toList()));
    }
    return sections;
  }

  /** Open, or settled by whom and when with the digest of what was frozen. */
  private static String settlement(Labels labels, PeriodSpend period) {
    if (!period.isSettled()) {
      return labels.text("settlement.open");
    }
    return labels.text(
            "settlement.settled", period.settled().at().toString(), period.settled().by())
        + " · "
        + labels.text("settlement.digest", period.settled().digest())
        + (period.settled().intact() ? "" : " · " + labels.text("settlement.altered"));
  }

  /** What the linked cost scenario expected of the contract beside what it came to. */
  private static Section scenario(Labels labels, ContractReport report) {
    ScenarioExpectation expected = report.scenario();
    String leader = labels.text("costModel.option." + expected.leaderAtHorizon());
    return new Section(
        labels.text("report.scenario"),
        columns(labels, "export.item", "export.expected", "export.actual"),
        List.of(
            row(
                labels.text("report.scenario"),
                labels.text("report.scenario.name", expected.scenarioName(), expected.revision()),
                ""),
            row(
                labels.text("report.scenario.option"),
                labels.text("costModel.option." + expected.option()),
                ""),
            row(
                labels.text("metric.cost-per-lead"),
                orNoData(labels, amount(expected.costPerLead())),
                orNoData(labels, amount(report.costPerLead()))),
            row(
                labels.text("report.costPerDeal"),
                orNoData(labels, amount(expected.costPerDeal())),
                orNoData(labels, amount(report.costPerDeal()))),
            row(
                labels.text("report.scenario.inHouseCostPerDeal"),
                orNoData(labels, amount(expected.inHouseCostPerDeal())),
                ""),
            row(
                labels.text("report.scenario.inHouseMonthly"),
                amount(expected.inHouseMonthlyCost()),
                ""),
            row(
                labels.text("costModel.crossover"),
                expected.crossoverMonth() == null
                    ? labels.text("costModel.crossover.throughout", leader)
                    : labels.text("costModel.crossover.month", leader, expected.crossoverMonth()),
                "")));
  }

  private static List<String> columns(Labels labels, String... keys) {
    List<String> columns = new ArrayList<>();
    for (String key : keys) {
      columns.add(labels.text(key));
    }
    return columns;
  }

  private static List<Object> row(Object... cells) {
    return List.of(cells);
  }

  private static BigDecimal amount(Money money) {
    return money == null ? null : money.amount();
  }

  /**
   * A value, or the words for no data; a count the ledger keeps to four decimals is written as the
   * whole number it is.
   */
  private static Object orNoData(Labels labels, BigDecimal value) {
    if (value == null) {
      return labels.text("report.noData");
    }
    BigDecimal plain = value.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  private static String yesNo(Labels labels, boolean value) {
    return labels.text(value ? "answer.yes" : "answer.no");
  }
}
