package io.outsight.core.concentration;

import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.LedgerRules;
import io.outsight.core.ledger.SpreadsheetFile;
import io.outsight.core.rules.PlainText;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.ReportedMetric;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads our own people's results as a spreadsheet writes them: a line per channel (or segment) and
 * month, with leads, meetings, deals and revenue, headed in English or Finnish. The channel column
 * may be left out or blank for the whole business. Each problem is named by its line and column,
 * and a channel's month given twice is refused.
 */
public final class InHouseResultsFile {

  private static final Set<String> CHANNEL =
      Set.of("channel", "segment", "saleschannel", "kanava", "myyntikanava", "segmentti");
  private static final Set<String> PERIOD = Set.of("period", "month", "kausi", "kuukausi");
  private static final Set<String> LEADS =
      Set.of("leads", "leadscreated", "liidit", "liidejä", "uudetliidit");
  private static final Set<String> MEETINGS =
      Set.of("meetings", "meetingsbooked", "tapaamiset", "sovitut tapaamiset", "sovituttapaamiset");
  private static final Set<String> DEALS =
      Set.of("deals", "dealsclosed", "kaupat", "voitetutkaupat");
  private static final Set<String> REVENUE = Set.of("revenue", "myynti", "liikevaihto");

  private static final List<ReportedMetric> METRICS =
      List.of(
          ReportedMetric.LEADS_CREATED,
          ReportedMetric.MEETINGS_BOOKED,
          ReportedMetric.DEALS_CLOSED,
          ReportedMetric.REVENUE);

  /** A channel's month as a line gave it: each metric it gave a value for. */
  public record Line(int line, String channel, YearMonth month, Map<String, BigDecimal> values) {}

  private final YearMonth current;

  /**
   * @param current the month running today: later months have no results yet
   */
  public InHouseResultsFile(YearMonth current) {
    this.current = current;
  }

  public SpreadsheetFile.Reading read(InputStream file, Consumer<Line> accepted)
      throws IOException {
    Map<String, Integer> seen = new HashMap<>();
    return SpreadsheetFile.<Line>read(
        file,
        SpreadsheetFile.LINE_LIMIT,
        (headings, problems) -> columns(headings, problems, seen),
        accepted);
  }

  private Optional<SpreadsheetFile.Rows<Line>> columns(
      List<String> headings, SpreadsheetFile.Problems problems, Map<String, Integer> seen) {
    int[] at =
        SpreadsheetFile.columns(
            headings,
            List.of(PERIOD, CHANNEL, LEADS, MEETINGS, DEALS, REVENUE),
            List.of("period"),
            true,
            problems);
    if (at[2] < 0 && at[3] < 0 && at[4] < 0 && at[5] < 0) {
      problems.add(new ImportProblem(1, 0, "", "missing-column", List.of("leads, deals, revenue")));
    }
    if (problems.count() > 0) {
      return Optional.empty();
    }
    return Optional.of(
        (record, line, lineProblems) -> read(record, line, headings, at, lineProblems, seen));
  }

  private List<Line> read(
      CSVRecord record,
      int line,
      List<String> headings,
      int[] at,
      SpreadsheetFile.Problems problems,
      Map<String, Integer> seen) {
    int before = problems.count();
    Optional<String> periodText = SpreadsheetFile.cell(record, at[0]);
    YearMonth month = null;
    if (periodText.isEmpty()) {
      problems.add(problem(line, at[0], headings, "missing-value", List.of()));
    } else {
      Optional<Period> period = SpreadsheetFile.parsePeriod(periodText.get(), 1);
      if (period.isEmpty()) {
        problems.add(problem(line, at[0], headings, "bad-period", List.of(periodText.get())));
      } else if (period.get().months() != 1) {
        problems.add(problem(line, at[0], headings, "not-month", List.of(periodText.get())));
      } else if (period.get().firstMonth().isAfter(current)) {
        problems.add(problem(line, at[0], headings, "future-period", List.of(periodText.get())));
      } else {
        month = period.get().firstMonth();
      }
    }
    String channel = SpreadsheetFile.cell(record, at[1]).orElse("");
    if (!PlainText.Check.allows(channel, false)) {
      problems.add(problem(line, at[1], headings, "not-plain", List.of()));
    } else if (channel.length() > InHouseResult.MAX_CHANNEL) {
      problems.add(
          problem(
              line,
              at[1],
              headings,
              "too-long",
              List.of(String.valueOf(InHouseResult.MAX_CHANNEL))));
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (int i = 0; i < METRICS.size(); i++) {
      int column = at[i + 2];
      Optional<String> text = SpreadsheetFile.cell(record, column);
      if (text.isEmpty()) {
        continue;
      }
      ReportedMetric metric = METRICS.get(i);
      Optional<BigDecimal> value = SpreadsheetFile.parseNumber(text.get());
      Optional<String> refused =
          value.isEmpty()
              ? Optional.of("bad-number")
              : LedgerRules.refusesValue(metric.unit(), value.get());
      if (refused.isPresent()) {
        problems.add(problem(line, column, headings, refused.get(), List.of(text.get())));
      } else {
        values.put(metric.id(), value.get());
      }
    }
    if (month != null) {
      Integer earlier = seen.putIfAbsent(channel.toLowerCase(Locale.ROOT) + "\n" + month, line);
      if (earlier != null) {
        problems.add(
            problem(
                line,
                at[0],
                headings,
                channel.isEmpty() ? "repeated-whole-month" : "repeated-month",
                channel.isEmpty()
                    ? List.of(String.valueOf(earlier), month.toString())
                    : List.of(String.valueOf(earlier), channel, month.toString())));
      }
    }
    if (problems.count() > before || values.isEmpty()) {
      return List.of();
    }
    return List.of(new Line(line, channel, month, values));
  }

  private static ImportProblem problem(
      int line, int column, List<String> headings, String code, List<String> arguments) {
    return new ImportProblem(
        line, column + 1, column < 0 ? "" : headings.get(column), code, arguments);
  }
}
