package io.outsight.core.ledger;

import io.outsight.core.audit.Sha256;
import io.outsight.core.contract.Contract;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.core.metric.MetricDefinition;
import io.outsight.core.metric.Period;
import io.outsight.core.metric.ReportedMetric;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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
  public static final int LISTED_PROBLEMS = 500;

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
  private static final DateTimeFormatter FINNISH_DATE =
      DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT);

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

  /** What reading found: the file's digest, how many values it holds, and its problems. */
  public record Reading(String sha256, int values, List<ImportProblem> problems, int problemCount) {

    public boolean clean() {
      return problemCount == 0;
    }
  }

  /** The longest line read unless the caller sets another: a spreadsheet's line is far shorter. */
  public static final int LINE_LIMIT = 65_536;

  private final MetricCatalogue metrics;
  private final Function<String, Optional<Contract>> contracts;
  private final LocalDate today;
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
    this.today = today;
    this.lineLimit = lineLimit;
  }

  /**
   * Reads the file to its end.
   *
   * @param forContract the reference of the contract the file is for, when it has no contract
   *     column
   * @param accepted receives each value from a line without problems, in file order
   */
  public Reading read(InputStream file, Optional<String> forContract, Consumer<Line> accepted)
      throws IOException {
    MessageDigest sha256 = Sha256.digest();
    Problems problems = new Problems();
    int values = 0;
    try (BufferedReader text = text(new DigestInputStream(file, sha256), lineLimit)) {
      char delimiter = delimiter(text, lineLimit);
      CSVFormat format =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(delimiter)
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreSurroundingSpaces(true)
              .setIgnoreEmptyLines(true)
              .setAllowMissingColumnNames(true)
              .get();
      try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
        Optional<Columns> columns = columns(parser.getHeaderNames(), forContract, problems);
        if (columns.isPresent()) {
          for (CSVRecord record : parser) {
            for (Line line :
                columns.get().lines(record, (int) parser.getCurrentLineNumber(), problems)) {
              accepted.accept(line);
              values++;
            }
          }
        }
      } catch (UncheckedIOException failed) {
        problems.add(
            failed.getCause() instanceof LineTooLong tooLong
                ? tooLong.problem()
                : new ImportProblem(
                    0,
                    0,
                    "",
                    failed.getCause() instanceof CharacterCodingException
                        ? "not-utf8"
                        : "unreadable",
                    List.of(String.valueOf(failed.getMessage()))));
      } catch (IllegalArgumentException | IllegalStateException unreadable) {
        problems.add(
            new ImportProblem(
                0, 0, "", "unreadable", List.of(String.valueOf(unreadable.getMessage()))));
      }
    } catch (CharacterCodingException notUtf8) {
      problems.add(new ImportProblem(0, 0, "", "not-utf8", List.of()));
    } catch (LineTooLong tooLong) {
      problems.add(tooLong.problem());
    }
    if (values == 0 && problems.count == 0) {
      problems.add(new ImportProblem(0, 0, "", "no-values", List.of()));
    }
    return new Reading(Sha256.hex(sha256), values, problems.listed, problems.count);
  }

  /**
   * UTF-8 text without the byte order mark some spreadsheets write first; bytes that are not UTF-8
   * are refused, and so is a line longer than {@code lineLimit} as soon as it is.
   */
  private static BufferedReader text(InputStream bytes, int lineLimit) throws IOException {
    PushbackInputStream in = new PushbackInputStream(bytes, 3);
    byte[] start = in.readNBytes(3);
    boolean bom =
        start.length == 3
            && (start[0] & 0xFF) == 0xEF
            && (start[1] & 0xFF) == 0xBB
            && (start[2] & 0xFF) == 0xBF;
    if (!bom) {
      in.unread(start);
    }
    return new BufferedReader(
        new LineLimit(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            lineLimit),
        1 << 16);
  }

  /** A line over the limit, found on the line it starts. */
  private static final class LineTooLong extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int limit;

    LineTooLong(int line, int limit) {
      super("line " + line + " is longer than " + limit + " characters");
      this.line = line;
      this.limit = limit;
    }

    ImportProblem problem() {
      return new ImportProblem(line, 0, "", "line-too-long", List.of(String.valueOf(limit)));
    }
  }

  /** Counts the characters since the last line break as they are read, and stops at the limit. */
  private static final class LineLimit extends FilterReader {
    private final int limit;
    private int line = 1;
    private int length;

    LineLimit(Reader in, int limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
      int read = super.read(buffer, offset, count);
      for (int i = offset; i < offset + read; i++) {
        count(buffer[i]);
      }
      return read;
    }

    private void count(char c) throws LineTooLong {
      if (c == '\n') {
        line++;
        length = 0;
      } else if (++length > limit) {
        throw new LineTooLong(line, limit);
      }
    }
  }

  /**
   * The heading line decides: semicolon when it has more semicolons than commas, as Finnish
   * spreadsheets write.
   */
  private static char delimiter(BufferedReader text, int lineLimit) throws IOException {
    text.mark(lineLimit + 2);
    String heading = text.readLine();
    text.reset();
    if (heading == null) {
      return ',';
    }
    long semicolons = heading.chars().filter(c -> c == ';').count();
    long commas = heading.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  private Optional<Columns> columns(
      List<String> headings, Optional<String> forContract, Problems problems) {
    Columns columns = new Columns(forContract);
    for (int i = 0; i < headings.size(); i++) {
      String heading = headings.get(i) == null ? "" : headings.get(i);
      String name = heading.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
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
    boolean headingsUnderstood = problems.count == 0;
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
    return problems.count == 0 ? Optional.of(columns) : Optional.empty();
  }

  /** Where the columns are, and how a record becomes values. */
  private final class Columns {

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

    List<Line> lines(CSVRecord record, int line, Problems problems) {
      int before = problems.count;
      Optional<Contract> lineContract = contract(record, line, problems);
      Optional<Period> linePeriod =
          lineContract.flatMap(found -> period(record, line, found, problems));
      String lineReason = cell(record, reason).orElse(null);
      LedgerRules.refusesReason(lineReason)
          .ifPresent(
              code ->
                  problems.add(
                      problem(
                          line, reason, code, List.of(String.valueOf(LedgerRules.REASON_LENGTH)))));
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
        } else if (found.value().signum() > 0) {
          Optional<String> tooMany = LedgerRules.refusesReturnedLeads(found.value());
          tooMany.ifPresent(
              code ->
                  problems.add(
                      problem(
                          line,
                          valueColumn(found.metric()),
                          code,
                          List.of(
                              found.value().toPlainString(),
                              String.valueOf(LedgerRules.RETURN_LIMIT)))));
          returnedOn(record, line, found.period(), problems)
              .filter(day -> tooMany.isEmpty())
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
      return problems.count == before ? read : List.of();
    }

    /** The column a metric's value is in. */
    private int valueColumn(String metricId) {
      return metricColumns.entrySet().stream()
          .filter(column -> column.getValue().id().equals(metricId))
          .map(Map.Entry::getKey)
          .findFirst()
          .orElse(value);
    }

    /** The day leads delivered in the period were returned, as the line's returned cell says. */
    private Optional<LocalDate> returnedOn(
        CSVRecord record, int line, Period delivery, Problems problems) {
      Optional<String> text = cell(record, returned);
      Optional<LocalDate> day = text.flatMap(ResultsFile::parseDate);
      if (text.isPresent() && day.isEmpty()) {
        problems.add(problem(line, returned, "bad-date", List.of(text.get())));
        return Optional.empty();
      }
      Optional<String> refusal = LedgerRules.refusesReturnDate(delivery, day.orElse(null), today);
      refusal.ifPresent(
          code ->
              problems.add(
                  problem(
                      line,
                      returned,
                      code,
                      List.of(text.orElse(""), delivery.toString(), today.toString()))));
      return refusal.isEmpty() ? day : Optional.empty();
    }

    private Optional<Contract> contract(CSVRecord record, int line, Problems problems) {
      Optional<String> reference =
          contract < 0 ? forContract : cell(record, contract).or(() -> forContract);
      if (reference.isEmpty()) {
        problems.add(problem(line, contract, "missing-value", List.of()));
        return Optional.empty();
      }
      if (forContract.isPresent() && !forContract.get().equals(reference.get())) {
        problems.add(
            problem(line, contract, "other-contract", List.of(reference.get(), forContract.get())));
        return Optional.empty();
      }
      Optional<Contract> found = contracts.apply(reference.get());
      if (found.isEmpty()) {
        problems.add(problem(line, contract, "unknown-contract", List.of(reference.get())));
      }
      return found;
    }

    private Optional<Period> period(CSVRecord record, int line, Contract found, Problems problems) {
      Optional<String> text = cell(record, period);
      if (text.isEmpty()) {
        problems.add(problem(line, period, "missing-value", List.of()));
        return Optional.empty();
      }
      Optional<Period> parsed = parsePeriod(text.get(), found.schedule().cadence().months());
      if (parsed.isEmpty()) {
        problems.add(problem(line, period, "bad-period", List.of(text.get())));
        return Optional.empty();
      }
      Optional<String> refusal = found.refusesResultsFor(parsed.get(), today);
      refusal.ifPresent(
          code ->
              problems.add(
                  problem(
                      line, period, code, List.of(parsed.get().toString(), found.reference()))));
      return refusal.isEmpty() ? parsed : Optional.empty();
    }

    private Optional<MetricDefinition> metric(CSVRecord record, int line, Problems problems) {
      Optional<String> name = cell(record, metric);
      Optional<MetricDefinition> found = name.flatMap(metrics::find);
      if (found.isEmpty()) {
        problems.add(
            problem(
                line,
                metric,
                name.isEmpty() ? "missing-value" : "unknown-metric",
                name.stream().toList()));
      } else if (!found.get().reported()) {
        problems.add(problem(line, metric, "derived-metric", List.of(name.get())));
        return Optional.empty();
      }
      return found;
    }

    /** A cell's number; an empty cell in a column per metric means the metric was not reported. */
    private Optional<BigDecimal> number(
        CSVRecord record,
        int column,
        int line,
        Optional<MetricDefinition> definition,
        boolean required,
        Problems problems) {
      Optional<String> text = cell(record, column);
      if (text.isEmpty()) {
        if (required) {
          problems.add(problem(line, column, "missing-value", List.of()));
        }
        return Optional.empty();
      }
      Optional<BigDecimal> number = parseNumber(text.get());
      if (number.isEmpty()) {
        problems.add(problem(line, column, "bad-number", List.of(text.get())));
        return Optional.empty();
      }
      Optional<String> refusal =
          definition.flatMap(found -> LedgerRules.refusesValue(found, number.get()));
      refusal.ifPresent(code -> problems.add(problem(line, column, code, List.of(text.get()))));
      return refusal.isEmpty() ? number : Optional.empty();
    }

    private Optional<String> cell(CSVRecord record, int column) {
      if (column < 0 || column >= record.size()) {
        return Optional.empty();
      }
      String text = record.get(column).strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
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

  /** A day written as ISO or as Finns write it. */
  static Optional<LocalDate> parseDate(String text) {
    for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, FINNISH_DATE)) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException notThisFormat) {
        // the next format may read it
      }
    }
    return Optional.empty();
  }

  /** A period written as a month, a quarter, or a day within the contract's month or quarter. */
  static Optional<Period> parsePeriod(String text, int cadenceMonths) {
    try {
      return Optional.of(Period.parse(text));
    } catch (IllegalArgumentException notAPeriod) {
      return parseDate(text).map(day -> Period.containing(day, cadenceMonths));
    }
  }

  /**
   * A number as a spreadsheet writes it: spaces as thousands separators, and a decimal comma or
   * point; when both a comma and a point are present, the last one is the decimal separator.
   */
  static Optional<BigDecimal> parseNumber(String text) {
    String digits = text.replaceAll("[\\s\\u00A0\\u202F]", "");
    int comma = digits.lastIndexOf(',');
    int point = digits.lastIndexOf('.');
    if (comma > point) {
      digits = digits.replace(".", "").replace(',', '.');
    } else if (comma >= 0) {
      digits = digits.replace(",", "");
    }
    if (!digits.matches("[+-]?\\d+(\\.\\d+)?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(digits));
  }

  /** The problems listed, at most {@link #LISTED_PROBLEMS}, and how many there were in all. */
  private static final class Problems {

    private final List<ImportProblem> listed = new ArrayList<>();
    private int count;

    void add(ImportProblem problem) {
      if (listed.size() < LISTED_PROBLEMS) {
        listed.add(problem);
      }
      count++;
    }
  }
}
