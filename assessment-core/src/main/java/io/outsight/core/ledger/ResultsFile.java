package io.outsight.core.ledger;

import io.outsight.core.contract.Contract;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.ReportedMetric;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a vendor results file as spreadsheets write it: UTF-8 with or without a byte order mark,
 * comma or semicolon between cells, decimal comma or point, periods as 2026-11, 2026-Q4 or a day
 * (ISO or d.M.yyyy) within the period. Columns are found by their heading in English or Finnish:
 * either one {@code metric} and one {@code value} column, or one column per metric. The contract
 * column may be left out when the file is for one contract. A {@code reason} column says why a
 * line's values correct those reported before; the ledger refuses a correction without one. Leads
 * returned are recorded with the day they were returned, in a {@code returned} column: the period
 * is the one they were delivered in.
 *
 * <p>Every line is checked and every problem kept with its line and column; lines without problems
 * are handed on as they are read, so a large file is never held in memory. Whoever stores them
 * stores nothing unless the whole file was free of problems.
 */
public final class ResultsFile {

  /** At most this many problems are listed; the rest are counted. */
  public static final int LISTED_PROBLEMS = SpreadsheetFile.LISTED_PROBLEMS;

  private static final Set<String> CONTRACT =
      Set.of("contract", "contractreference", "reference", "sopimus", "sopimustunnus");
  private static final Set<String> PERIOD =
      Set.of(
          "period",
          "month",
          "quarter",
          "date",
          "jakso",
          "kausi",
          "kuukausi",
          "neljännes",
          "päivämäärä",
          "pvm");
  private static final Set<String> METRIC = Set.of("metric", "mittari");
  private static final Set<String> VALUE = Set.of("value", "arvo", "määrä");
  private static final Set<String> REASON =
      Set.of("reason", "correctionreason", "syy", "korjauksensyy", "perustelu");
  private static final Set<String> RETURNED =
      Set.of("returned", "returnedon", "returndate", "palautettu", "palautuspäivä", "palautuspvm");

  /**
   * A value read from a line without problems, with the line's reason for correcting the value
   * before it, if it gives one, and for leads returned the day they were returned.
   */
  public record Line(
      int line,
      Contract contract,
      String metric,
      Period period,
      BigDecimal value,
      String reason,
      LocalDate returnedOn) {

    /** Whether the line records leads returned from its period rather than a result of it. */
    public boolean isReturn() {
      return returnedOn != null;
    }
  }

  /** The longest line read unless the caller sets another: a spreadsheet's line is far shorter. */
  public static final int LINE_LIMIT = SpreadsheetFile.LINE_LIMIT;

  private final MetricCatalogue metrics;
  private final Function<String, Optional<Contract>> contracts;
  private final ResultCheck check;
  private final int lineLimit;

  /**
   * @param lineLimit the most characters a line may have: a longer one is refused as it is read,
   *     never held whole
   */
  public ResultsFile(
      MetricCatalogue metrics,
      Function<String, Optional<Contract>> contracts,
      LocalDate today,
      int lineLimit) {
    if (lineLimit < 80) {
      throw new IllegalArgumentException(
          "a line limit below 80 characters refuses ordinary files: " + lineLimit);
    }
    this.metrics = metrics;
    this.contracts = contracts;
    this.check = new ResultCheck(today);
    this.lineLimit = lineLimit;
  }

  /**
   * Reads the file to its end.
   *
   * @param forContract the reference of the contract the file is for, when it has no contract
   *     column
   * @param accepted receives each value from a line without problems, in file order
   */
  public SpreadsheetFile.Reading read(
      InputStream file, Optional<String> forContract, Consumer<Line> accepted) throws IOException {
    return SpreadsheetFile.<Line>read(
        file,
        lineLimit,
        (headings, problems) -> columns(headings, forContract, problems).map(columns -> columns),
        accepted);
  }

  private Optional<Columns> columns(
      List<String> headings, Optional<String> forContract, SpreadsheetFile.Problems problems) {
    Columns columns = new Columns(forContract);
    for (int i = 0; i < headings.size(); i++) {
      String heading = headings.get(i) == null ? "" : headings.get(i);
      String name = SpreadsheetFile.heading(heading);
      if (name.isEmpty()) {
        continue;
      }
      if (CONTRACT.contains(name)) {
        columns.contract = i;
      } else if (PERIOD.contains(name)) {
        columns.period = i;
      } else if (METRIC.contains(name)) {
        columns.metric = i;
      } else if (VALUE.contains(name)) {
        columns.value = i;
      } else if (REASON.contains(name)) {
        columns.reason = i;
      } else if (RETURNED.contains(name)) {
        columns.returned = i;
      } else {
        Optional<MetricDefinition> metric = metrics.find(heading);
        if (metric.isEmpty()) {
          problems.add(new ImportProblem(1, i + 1, heading, "unknown-column", List.of(heading)));
        } else if (!metric.get().reported()) {
          problems.add(new ImportProblem(1, i + 1, heading, "derived-metric", List.of(heading)));
        } else {
          columns.metricColumns.put(i, metric.get());
        }
      }
    }
    columns.headings = headings;
    boolean headingsUnderstood = problems.count() == 0;
    if (columns.contract < 0 && forContract.isEmpty()) {
      problems.add(new ImportProblem(1, 0, "", "missing-column", List.of("contract")));
    }
    if (columns.period < 0) {
      problems.add(new ImportProblem(1, 0, "", "missing-column", List.of("period")));
    }
    boolean longForm = columns.metric >= 0 && columns.value >= 0;
    if (!longForm && columns.metricColumns.isEmpty() && headingsUnderstood) {
      problems.add(
          new ImportProblem(
              1, 0, "", "missing-column", List.of(columns.metric >= 0 ? "value" : "metric")));
    }
    return problems.count() == 0 ? Optional.of(columns) : Optional.empty();
  }

  /** Where the columns are, and how a record becomes values. */
  private final class Columns implements SpreadsheetFile.Rows<Line> {

    private final Optional<String> forContract;
    private final Map<Integer, MetricDefinition> metricColumns = new LinkedHashMap<>();
    private List<String> headings;
    private int contract = -1;
    private int period = -1;
    private int metric = -1;
    private int value = -1;
    private int reason = -1;
    private int returned = -1;

    private Columns(Optional<String> forContract) {
      this.forContract = forContract;
    }

    @Override
    public List<Line> read(CSVRecord record, int line, SpreadsheetFile.Problems problems) {
      int before = problems.count();
      Optional<Contract> lineContract = contract(record, line, problems);
      Optional<Period> linePeriod =
          lineContract.flatMap(found -> period(record, line, found, problems));
      String lineReason = cell(record, reason).orElse(null);
      check.reason(lineReason).ifPresent(refusal -> problems.add(problem(line, reason, refusal)));
      List<Line> lines = new ArrayList<>();
      if (metric >= 0 && value >= 0) {
        Optional<MetricDefinition> definition = metric(record, line, problems);
        Optional<BigDecimal> number = number(record, value, line, definition, true, problems);
        if (linePeriod.isPresent() && definition.isPresent() && number.isPresent()) {
          lines.add(
              new Line(
                  line,
                  lineContract.get(),
                  definition.get().id(),
                  linePeriod.get(),
                  number.get(),
                  lineReason,
                  null));
        }
      } else {
        metricColumns.forEach(
            (column, definition) ->
                number(record, column, line, Optional.of(definition), false, problems)
                    .filter(number -> linePeriod.isPresent())
                    .ifPresent(
                        number ->
                            lines.add(
                                new Line(
                                    line,
                                    lineContract.get(),
                                    definition.id(),
                                    linePeriod.get(),
                                    number,
                                    lineReason,
                                    null))));
      }
      List<Line> read = new ArrayList<>();
      for (Line found : lines) {
        if (!found.metric().equals(ReportedMetric.LEADS_RETURNED.id())) {
          read.add(found);
        } else if (found.value().signum() != 0) {
          returnedOn(record, line, found.period(), problems)
              .ifPresent(
                  day ->
                      read.add(
                          new Line(
                              found.line(),
                              found.contract(),
                              found.metric(),
                              found.period(),
                              found.value(),
                              found.reason(),
                              day)));
        }
      }
      return problems.count() == before ? read : List.of();
    }

    /** The day leads delivered in the period were returned, as the line's returned cell says. */
    private Optional<LocalDate> returnedOn(
        CSVRecord record, int line, Period delivery, SpreadsheetFile.Problems problems) {
      Optional<String> text = cell(record, returned);
      Optional<LocalDate> day = text.flatMap(SpreadsheetFile::parseDate);
      if (text.isPresent() && day.isEmpty()) {
        problems.add(problem(line, returned, "bad-date", List.of(text.get())));
        return Optional.empty();
      }
      Optional<ResultCheck.Refusal> refusal =
          check.returnedOn(
              ReportedMetric.LEADS_RETURNED.id(), delivery, day.orElse(null), text.orElse(""));
      refusal.ifPresent(found -> problems.add(problem(line, returned, found)));
      return refusal.isEmpty() ? day : Optional.empty();
    }

    private Optional<Contract> contract(
        CSVRecord record, int line, SpreadsheetFile.Problems problems) {
      Optional<String> reference =
          contract < 0 ? forContract : cell(record, contract).or(() -> forContract);
      if (forContract.isPresent()
          && reference.isPresent()
          && !forContract.get().equals(reference.get())) {
        problems.add(
            problem(line, contract, "other-contract", List.of(reference.get(), forContract.get())));
        return Optional.empty();
      }
      Optional<Contract> found = reference.flatMap(contracts);
      check
          .contract(reference.orElse(null), found)
          .ifPresent(refusal -> problems.add(problem(line, contract, refusal)));
      return found;
    }

    private Optional<Period> period(
        CSVRecord record, int line, Contract found, SpreadsheetFile.Problems problems) {
      Optional<String> text = cell(record, period);
      if (text.isEmpty()) {
        problems.add(problem(line, period, "missing-value", List.of()));
        return Optional.empty();
      }
      Optional<Period> parsed =
          SpreadsheetFile.parsePeriod(text.get(), found.schedule().cadence().months());
      if (parsed.isEmpty()) {
        problems.add(problem(line, period, "bad-period", List.of(text.get())));
        return Optional.empty();
      }
      Optional<ResultCheck.Refusal> refusal = check.period(found, parsed.get());
      refusal.ifPresent(code -> problems.add(problem(line, period, code)));
      return refusal.isEmpty() ? parsed : Optional.empty();
    }

    private Optional<MetricDefinition> metric(
        CSVRecord record, int line, SpreadsheetFile.Problems problems) {
      Optional<String> name = cell(record, metric);
      Optional<MetricDefinition> found = name.flatMap(metrics::find);
      Optional<ResultCheck.Refusal> refusal = check.metric(name.orElse(null), found);
      refusal.ifPresent(code -> problems.add(problem(line, metric, code)));
      return refusal.isEmpty() ? found : Optional.empty();
    }

    /**
     * A cell's number; an empty cell in a column per metric means the metric was not reported, and
     * no leads returned are no return.
     */
    private Optional<BigDecimal> number(
        CSVRecord record,
        int column,
        int line,
        Optional<MetricDefinition> definition,
        boolean required,
        SpreadsheetFile.Problems problems) {
      Optional<String> text = cell(record, column);
      if (text.isEmpty()) {
        if (required) {
          problems.add(problem(line, column, "missing-value", List.of()));
        }
        return Optional.empty();
      }
      Optional<BigDecimal> number = SpreadsheetFile.parseNumber(text.get());
      if (number.isEmpty()) {
        problems.add(problem(line, column, "bad-number", List.of(text.get())));
        return Optional.empty();
      }
      boolean noneReturned =
          definition.filter(ResultCheck::isReturn).isPresent() && number.get().signum() == 0;
      Optional<ResultCheck.Refusal> refusal =
          definition
              .filter(found -> !noneReturned)
              .flatMap(found -> check.value(found, number.get(), text.get()));
      refusal.ifPresent(found -> problems.add(problem(line, column, found)));
      return refusal.isEmpty() ? number : Optional.empty();
    }

    private Optional<String> cell(CSVRecord record, int column) {
      return SpreadsheetFile.cell(record, column);
    }

    private ImportProblem problem(int line, int column, ResultCheck.Refusal refusal) {
      return problem(line, column, refusal.code(), refusal.arguments());
    }

    private ImportProblem problem(int line, int column, String code, List<String> arguments) {
      return new ImportProblem(
          line,
          column + 1,
          column >= 0 && column < headings.size() ? headings.get(column) : "",
          code,
          arguments);
    }
  }
}
