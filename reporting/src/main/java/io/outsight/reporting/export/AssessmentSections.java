package io.outsight.reporting.export;

import io.outsight.core.assessment.ScoreCard;
import io.outsight.core.assessment.ScoreLine;
import io.outsight.core.assessment.SectionScore;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import io.outsight.extension.api.report.ReportDocument.Labels;
import io.outsight.registry.assessment.AssessmentDetails;
import io.outsight.registry.assessment.ConditionDetails;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An assessment as titled tables: what was decided and why, the conditions set, and every question
 * as the reviewer saw it, with the answer as given, the red flags it raised, its evidence, points
 * and weight.
 */
final class AssessmentSections {

  private AssessmentSections() {}

  static List<ReportSections.Section> of(
      AssessmentDetails details,
      List<ConditionDetails> conditions,
      Labels labels,
      Locale language) {
    ScoreCard card = details.scoreCard();
    List<ReportSections.Section> sections = new ArrayList<>();
    sections.add(
        new ReportSections.Section(
            labels.text("export.assessment.summary"),
            columns(labels, "export.item", "export.value"),
            List.of(
                row(
                    labels.text("export.assessment.questionnaire"),
                    details.template().title().in(language)
                        + " "
                        + labels.text("assessment.version")
                        + " "
                        + details.template().version()),
                row(
                    labels.text("vendor.status"),
                    labels.text("assessment.status." + details.status())),
                row(labels.text("assessment.assessor"), details.assessor()),
                row(
                    labels.text("assessment.reviewer"),
                    Objects.requireNonNullElse(details.reviewer(), "")),
                row(labels.text("result.overall"), card.overall().orElse(null)),
                row(labels.text("result.riskTier"), labels.text("tier." + card.riskTier())),
                row(
                    labels.text("result.redFlags"),
                    card.redFlags().stream()
                        .map(flag -> flag.description().in(language))
                        .collect(Collectors.joining("; "))),
                row(
                    labels.text("assessment.reviewComment"),
                    Objects.requireNonNullElse(details.reviewComment(), "")),
                row(
                    labels.text("result.justification"),
                    Objects.requireNonNullElse(details.riskJustification(), "")))));
    if (!conditions.isEmpty()) {
      sections.add(
          new ReportSections.Section(
              labels.text("result.conditions"),
              columns(
                  labels,
                  "condition.description",
                  "condition.owner",
                  "condition.due",
                  "condition.state"),
              conditions.stream()
                  .map(
                      condition ->
                          row(
                              condition.description(),
                              condition.owner(),
                              condition.dueOn().toString(),
                              condition.open()
                                  ? labels.text(
                                      condition.overdue() ? "condition.overdue" : "condition.open")
                                  : labels.text(
                                      "condition.closedBy",
                                      condition.closedAt().toString(),
                                      condition.closedBy(),
                                      condition.closingNote())))
                  .toList()));
    }
    for (SectionScore section : card.sections()) {
      sections.add(
          new ReportSections.Section(
              section.title().in(language)
                  + " · "
                  + section.score().map(labels::number).orElse(labels.text("result.noScore"))
                  + " ("
                  + labels.text("result.weight")
                  + " "
                  + section.weight()
                  + ")",
              columns(
                  labels,
                  "result.question",
                  "result.answer",
                  "result.redFlags",
                  "result.evidence",
                  "answer.documentReference",
                  "result.points",
                  "result.weight.column"),
              section.lines().stream().map(line -> line(line, labels, language)).toList()));
    }
    return sections;
  }

  private static List<Object> line(ScoreLine line, Labels labels, Locale language) {
    return row(
        line.question().in(language),
        line.answer() == null ? labels.text("line." + line.status()) : line.answer().in(language),
        line.redFlags().stream()
            .map(RedFlagRule::description)
            .map(description -> description.in(language))
            .collect(Collectors.joining("; ")),
        Objects.requireNonNullElse(line.evidenceNote(), ""),
        Objects.requireNonNullElse(line.documentReference(), ""),
        line.possible() == 0 ? "" : line.earned(),
        line.weight() == 0 ? "" : BigDecimal.valueOf(line.weight()));
  }

  private static List<String> columns(Labels labels, String... keys) {
    return Arrays.stream(keys).map(labels::text).toList();
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }
}
