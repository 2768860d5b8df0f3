package io.outsight.reporting.export;

import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.ContradictionFinding;
import io.outsight.extension.api.report.KpiGoal;
import io.outsight.extension.api.report.MetricLine;
import io.outsight.extension.api.report.MetricPeriod;
import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.extension.api.report.Recommendation;
import io.outsight.extension.api.report.ReconciliationLine;
import io.outsight.extension.api.report.ReportDocument;
import io.outsight.extension.api.report.ScenarioExpectation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The report as JSON for programs: stable keys and codes, periods as 2026-10, amounts as numbers in
 * the stated currency, no data as null; the metadata first, and the reasons also in words.
 */
@ApplicationScoped
public class JsonReportExporter extends BuiltInExporter {

  public JsonReportExporter() {
    super("json", "JSON", "application/json");
  }

  @Override
  public void write(ReportDocument document, OutputStream out) {
    ContractReport report = document.report();
    ReportDocument.Metadata about = document.metadata();
    try (JsonGenerator json =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(out)) {
      json.writeStartObject();
      json.writeStartObject("metadata")
          .write("title", about.title())
          .write("contract", report.contractReference())
          .write("contractId", report.contractId())
          .write("vendor", report.vendorName())
          .write("vendorId", report.vendorId())
          .write("from", report.from().toString())
          .write("to", report.to().toString())
          .write("generatedBy", about.generatedBy())
          .write("generatedAt", about.generatedAt().toString())
          .write("asOf", about.asOf().toString())
          .write("language", about.language())
          .write("compensationModel", about.compensationModel())
          .write("currency", report.totalSpend().currency().getCurrencyCode());
      json.writeStartArray("metricDefinitions");
      about.metricDefinitions().forEach(json::write);
      json.writeEnd();
      json.writeStartArray("kpis");
      for (KpiGoal kpi : about.kpis()) {
        json.writeStartObject()
            .write("metric", kpi.metricId())
            .write("direction", kpi.direction().name())
            .write("target", kpi.target())
            .write("greenAt", kpi.greenAt())
            .write("amberAt", kpi.amberAt())
            .writeEnd();
      }
      json.writeEnd().writeEnd();
      json.writeStartObject("recommendation")
          .write("verdict", report.recommendation().verdict().name());
      json.writeStartArray("reasons");
      for (Recommendation.Reason reason : report.recommendation().reasons()) {
        json.writeStartObject()
            .write("code", reason.code())
            .write("pointsTo", reason.pointsTo().name())
            .write("text", document.labels().reason(reason))
            .writeEnd();
      }
      json.writeEnd().writeEnd();
      json.writeStartObject("figures");
      number(json, "totalSpend", amount(report.totalSpend()));
      number(json, "costPerLead", amount(report.costPerLead()));
      number(json, "costPerDeal", amount(report.costPerDeal()));
      number(json, "roiPercent", report.roi());
      number(json, "inHouseCost", amount(report.inHouseCost()));
      ScenarioExpectation expected = report.scenario();
      if (expected != null) {
        json.writeStartObject("scenario")
            .write("scenarioId", expected.scenarioId())
            .write("name", expected.scenarioName())
            .write("revision", expected.revision())
            .write("option", expected.option().name());
        number(json, "expectedCostPerLead", amount(expected.costPerLead()));
        number(json, "expectedCostPerDeal", amount(expected.costPerDeal()));
        number(json, "inHouseCostPerDeal", amount(expected.inHouseCostPerDeal()));
        number(json, "inHouseMonthlyCost", amount(expected.inHouseMonthlyCost()));
        json.write("leaderAtHorizon", expected.leaderAtHorizon().name());
        if (expected.crossoverMonth() != null) {
          json.write("crossoverMonth", expected.crossoverMonth());
        }
        json.writeEnd();
      }
      json.writeStartArray("lateReports");
      report.lateReports().forEach(period -> json.write(period.toString()));
      json.writeEnd();
      json.write("dataOwned", report.clauses().dataOwned())
          .write("subcontractingAllowed", report.clauses().subcontractingAllowed())
          .write("exitPlan", report.clauses().exitPlan());
      text(json, "dataLocation", report.clauses().dataLocation());
      text(json, "exitPlanNote", report.clauses().exitPlanNote());
      json.writeStartArray("clauseContradictions");
      for (ContradictionFinding finding : report.clauses().contradictions()) {
        json.writeStartObject().write("contradiction", finding.contradiction());
        if (finding.isAccepted()) {
          json.write("acceptedBy", finding.acceptedBy())
              .write("acceptedAt", finding.acceptedAt().toString())
              .write("reason", finding.reason());
        }
        json.writeEnd();
      }
      json.writeEnd();
      number(json, "shareOfLeadsPercent", report.concentration().leads());
      number(json, "shareOfDealsPercent", report.concentration().deals());
      number(json, "shareOfRevenuePercent", report.concentration().revenue());
      json.writeEnd();
      json.writeStartArray("metrics");
      for (MetricLine line : report.metrics()) {
        json.writeStartObject()
            .write("metric", line.metricId())
            .write("trend", line.trend().name());
        json.writeStartArray("periods");
        for (MetricPeriod period : line.periods()) {
          json.writeStartObject()
              .write("period", period.period().toString())
              .write("status", period.status().name());
          number(json, "actual", period.actual());
          number(json, "attainmentPercent", period.attainment());
          json.writeEnd();
        }
        json.writeEnd().writeEnd();
      }
      json.writeEnd();
      json.writeStartArray("reconciliation");
      for (ReconciliationLine line : report.reconciliation()) {
        json.writeStartObject()
            .write("period", line.period().toString())
            .write("metric", line.metric());
        number(json, "reported", line.reported());
        number(json, "crm", line.crm());
        number(json, "difference", line.difference());
        number(json, "differencePercent", line.differencePercent());
        json.write("flagged", line.flagged());
        if (line.explanation() != null) {
          json.writeStartObject("explanation")
              .write("reason", line.explanation().reason())
              .write("by", line.explanation().by())
              .write("at", line.explanation().at().toString())
              .writeEnd();
        }
        json.writeEnd();
      }
      json.writeEnd();
      json.writeStartArray("spend");
      for (PeriodSpend spend : report.spend()) {
        json.writeStartObject()
            .write("period", spend.period().toString())
            .write("payout", spend.payout().amount())
            .write("oneTimeFees", spend.oneTimeFees().amount())
            .write("adjustments", spend.adjustments().amount())
            .write("total", spend.total().amount());
        if (spend.isSettled()) {
          json.writeStartObject("settlement")
              .write("settledBy", spend.settled().by())
              .write("settledAt", spend.settled().at().toString())
              .write("sha256", spend.settled().digest())
              .write("intact", spend.settled().intact())
              .writeEnd();
        }
        json.writeStartArray("lines");
        for (PayoutLine line : spend.lines()) {
          json.writeStartObject().write("kind", line.kind().name());
          if (line.metric() != null) {
            json.write("metric", line.metric().id());
          }
          number(json, "quantity", line.quantity());
          number(json, "rate", line.rate());
          if (line.about() != null) {
            json.write("adjusts", line.about().toString());
          }
          json.write("amount", line.amount().amount())
              .write("text", document.labels().payoutLine(line))
              .writeEnd();
        }
        json.writeEnd().writeEnd();
      }
      json.writeEnd();
      json.writeEnd();
    }
  }

  private static BigDecimal amount(Money money) {
    return money == null ? null : money.amount();
  }

  private static void text(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  private static void number(JsonGenerator json, String name, BigDecimal value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }
}
