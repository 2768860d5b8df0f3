package io.outsight.core.ledger;

import io.outsight.core.audit.Sha256;
import io.outsight.core.metric.MetricCatalogue;
import io.outsight.extension.api.metric.Period;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as spreadsheets write it, read line by line and never held whole: UTF-8 with or
 * without a byte order mark, comma or semicolon between cells, decimal comma or point, days as ISO
 * or as Finns write them. Every problem is kept with its line and column; what a line holds is read
 * by the file's {@link Layout}, found from its headings. Results files, invoices and CRM exports
 * are read this way.
 */
public final class SpreadsheetFile {

  /** At most this many problems are listed; the rest are counted. */
  public static final int LISTED_PROBLEMS = 500;

  /** The longest line read unless the caller sets another: a spreadsheet's line is far shorter. */
  public static final int LINE_LIMIT = 65_536;

  private static final DateTimeFormatter FINNISH_DATE =
      DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT);

  /** Where a file's columns are, found from its headings; empty when they cannot be read. */
  @FunctionalInterface
  public interface Layout<T> {
    Optional<Rows<T>> columns(List<String> headings, Problems problems);
  }

  /** Reads one line into its values, adding a problem for each thing wrong with it. */
  @FunctionalInterface
  public interface Rows<T> {
    List<T> read(CSVRecord record, int line, Problems problems);
  }

  /** What reading found: the file's digest, how many values it holds, and its problems. */
  public record Reading(String sha256, int values, List<ImportProblem> problems, int problemCount) {

    public boolean clean() {
      return problemCount == 0;
    }
  }

  private SpreadsheetFile() {}

  /** A heading as its column is known, matched as a metric's name is. */
  public static String heading(String heading) {
    return heading == null ? "" : MetricCatalogue.normalisedName(heading);
  }

  /**
   * Where each named column is in the headings, by its names in English and Finnish: -1 for one
   * missing, which is a problem when it is needed. A heading that names no column is a problem when
   * {@code strict}; otherwise, as in a CRM's export, it is left alone.
   *
   * @param needed the columns' names for the problems, the needed ones first
   */
  public static int[] columns(
      List<String> headings,
      List<Set<String>> names,
      List<String> needed,
      boolean strict,
      Problems problems) {
    int[] at = new int[names.size()];
    Arrays.fill(at, -1);
    for (int i = 0; i < headings.size(); i++) {
      String name = heading(headings.get(i));
      boolean known = name.isEmpty();
      for (int column = 0; column < names.size(); column++) {
        if (names.get(column).contains(name)) {
          at[column] = i;
          known = true;
        }
      }
      if (strict && !known) {
        problems.add(
            new ImportProblem(
                1, i + 1, headings.get(i), "unknown-column", List.of(headings.get(i))));
      }
    }
    for (int column = 0; column < needed.size(); column++) {
      if (at[column] < 0) {
        problems.add(new ImportProblem(1, 0, "", "missing-column", List.of(needed.get(column))));
      }
    }
    return at;
  }

  /** A cell's text without surrounding spaces, or empty when the cell is blank or missing. */
  public static Optional<String> cell(CSVRecord record, int column) {
    if (column < 0 || column >= record.size()) {
      return Optional.empty();
    }
    String text = record.get(column).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Reads the file to its end: the layout finds its columns in the heading line and reads each line
   * into values, adding a problem for each thing wrong.
   *
   * @param accepted receives each value from a line without problems, in file order
   */
  public static <T> Reading read(
      InputStream file, int lineLimit, Layout<T> layout, Consumer<T> accepted) throws IOException {
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
        Optional<Rows<T>> rows = layout.columns(parser.getHeaderNames(), problems);
        if (rows.isPresent()) {
          for (CSVRecord record : parser) {
            for (T value : rows.get().read(record, (int) parser.getCurrentLineNumber(), problems)) {
              accepted.accept(value);
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

  /** A day written as ISO or as Finns write it. */
  public static Optional<LocalDate> parseDate(String text) {
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
  public static Optional<Period> parsePeriod(String text, int cadenceMonths) {
    try {
      return Optional.of(Period.parse(text));
    } catch (IllegalArgumentException notAPeriod) {
      return parseDate(text).map(day -> Period.containing(day, cadenceMonths));
    }
  }

  /** Thousands separators as spreadsheets write them: spaces, also those that do not break. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  /**
   * A number as a spreadsheet writes it: spaces as thousands separators, and a decimal comma or
   * point; when both a comma and a point are present, the last one is the decimal separator.
   */
  public static Optional<BigDecimal> parseNumber(String text) {
    String digits = SPACES.matcher(text).replaceAll("");
    int comma = digits.lastIndexOf(',');
    int point = digits.lastIndexOf('.');
    if (comma > point) {
      digits = digits.replace(".", "").replace(',', '.');
    } else if (comma >= 0) {
      digits = digits.replace(",", "");
    }
    if (!NUMBER.matcher(digits).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(digits));
  }

  /** The problems listed, at most {@link #LISTED_PROBLEMS}, and how many there were in all. */
  public static final class Problems {

    private final List<ImportProblem> listed = new ArrayList<>();
    private int count;

    public int count() {
      return count;
    }

    public void add(ImportProblem problem) {
      if (listed.size() < LISTED_PROBLEMS) {
        listed.add(problem);
      }
      count++;
    }
  }
}
