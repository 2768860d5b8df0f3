package io.outsight.reporting.portfolio;

import io.outsight.core.access.Roles;
import io.outsight.core.audit.Sha256;
import io.outsight.core.report.ContractReports;
import io.outsight.core.report.ReportExport;
import io.outsight.core.report.ReportInput;
import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.extension.api.report.ReportDocument;
import io.outsight.registry.audit.ExportedFiles;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.schema.SchemaMigrations;
import io.outsight.reporting.concentration.BusinessConcentrations;
import io.outsight.reporting.concentration.ConcentrationSection;
import io.outsight.reporting.contract.ReportInputs;
import io.outsight.reporting.csv.CsvDialect;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every contract's ledger values for a range of months, current and superseded, or every contract's
 * payouts line by line, read row by row as the database returns them, or a batch of contracts at a
 * time, into a spool file, so that memory does not grow with the ledger and the transaction and its
 * pooled connection last as long as the database takes, not as long as a slow client takes to
 * download. The digest is taken of the bytes as they are written, and the file is registered before
 * it is handed out.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class PortfolioExport {

  /**
   * In the order of the ledger's index on contract, period, metric and id, so the database reads
   * rather than sorts. The joins are outer joins though every value has its contract and every
   * contract its vendor: H2 keeps an outer join's order, where it would start an inner join from
   * the vendors and sort every value, on disk at millions of them. The index is read whole whatever
   * the months: a year of a three-year ledger takes two thirds of the time the sort took, one month
   * half as long again.
   */
  public static final String ROWS =
      "select c.reference, v.name, r.metric, r.period_start, r.period_months, r.result_value, r.source,"
          + " r.recorded_by, r.recorded_at, r.submission_id, r.source_line, r.superseded_by, r.id"
          + " from metric_result r left join contract c on c.id = r.contract_id"
          + " left join vendor v on v.id = c.vendor_id"
          + " where r.period_start between ? and ? order by r.contract_id, r.period_start, r.metric, r.id";

  private static final String COUNT =
      "select count(*) from metric_result r where r.period_start between ? and ?";

  private static final String CONTRACTS_WITH_PAYOUTS =
      "select count(*) from contract where status <> 'DRAFT'";

  private static final int FETCH = 1_000;

  /** How often, in rows, a preparation is told how far its export is. */
  private static final int PROGRESS_ROWS = 10_000;

  private static final int SPOOL_BUFFER = 64 * 1024;

  private static final Logger LOG = Logger.getLogger(PortfolioExport.class.getName());

  /**
   * The recording times whose text is kept for the rows that follow: values of one import share
   * theirs.
   */
  private static final int TIMES_KEPT = 64;

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  private DataSource dataSource;

  @EJB private ExportedFiles register;

  @EJB private ReportInputs inputs;

  @EJB private BusinessConcentrations concentrations;

  @Resource private SessionContext session;

  @Inject private PortalClock clock;

  /** The columns, in order: their headings' keys in the portal's bundle. */
  public static final List<String> COLUMNS =
      List.of(
          "export.valueId",
          "contract.reference",
          "contract.vendor",
          "contract.kpi.metric",
          "results.period",
          "results.value",
          "results.source",
          "export.recordedBy",
          "results.recorded",
          "export.submission",
          "export.line",
          "export.supersededBy");

  /** The columns of the payouts, in order: their headings' keys in the portal's bundle. */
  public static final List<String> PAYOUT_COLUMNS =
      List.of(
          "contract.reference",
          "contract.vendor",
          "results.period",
          "export.payoutLine",
          "report.breakdown.line",
          "contract.kpi.metric",
          "export.quantity",
          "export.rateOrLimit",
          "report.breakdown.amount",
          "export.currency",
          "export.periodTotal",
          "settlement.status",
          "export.settledBy",
          "export.settledAt",
          "export.settlementSha256");

  /** What a portfolio export holds. */
  public enum Content {
    /** Every ledger value, current and superseded, with where it came from. */
    LEDGER(COLUMNS, "ledger"),
    /**
     * Every period's payout line by line, settled or open, the lines of a period adding up to its
     * total.
     */
    PAYOUTS(PAYOUT_COLUMNS, "payouts");

    private final List<String> columns;
    private final String fileName;

    Content(List<String> columns, String fileName) {
      this.columns = columns;
      this.fileName = fileName;
    }

    /** The column headings in the reader's words. */
    public List<String> headings(ReportDocument.Labels words) {
      return columns.stream().map(key -> words.text(key)).toList();
    }

    /** The file's name for the months and format, such as payouts-2026-01-2026-12.csv. */
    public String fileName(YearMonth from, YearMonth to, String format) {
      return fileName + "-" + from + "-" + to + "." + format;
    }
  }

  /** How many contracts' payouts are read at a time. */
  private static final int PAYOUT_BATCH = 200;

  /**
   * A written export waiting in its spool file to be sent; closing it removes the file.
   *
   * @param sha256 the file's digest, as registered
   */
  public record Spooled(Path file, String sha256, long bytes) implements AutoCloseable {

    public void sendTo(OutputStream out) throws IOException {
      Files.copy(file, out);
    }

    @Override
    public void close() throws IOException {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Writes the {@code content} of the periods beginning from the first of {@code from} to the last
   * of {@code to} in {@code format} (csv or xlsx) in the reader's words, CSV in the dialect of
   * {@code language}, and registers the file.
   *
   * @param client where the request came from and with what, registered with the file
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Spooled write(
      YearMonth from,
      YearMonth to,
      Content content,
      String format,
      ReportDocument.Labels words,
      Locale language,
      String fileName,
      String client) {
    return write(
        new Request(from, to, content, format, words, language, fileName, client), rows -> {});
  }

  /**
   * Writes the export in the background for {@link PortfolioPreparations}, telling the preparation
   * how many rows (or for payouts, contracts) there are, how many are written, and how it ended.
   */
  @Asynchronous
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public void prepare(
      PortfolioPreparation preparation,
      YearMonth from,
      YearMonth to,
      Content content,
      String format,
      ReportDocument.Labels words,
      Locale language,
      String client) {
    try {
      preparation.counted(
          content == Content.LEDGER
              ? count(COUNT, from, to)
              : count(CONTRACTS_WITH_PAYOUTS, null, null));
      preparation.ready(
          write(
              new Request(
                  from, to, content, format, words, language, preparation.fileName(), client),
              preparation::written),
          clock.now());
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "The portfolio export " + preparation.fileName() + " failed", failed);
      preparation.failed(String.valueOf(failed.getMessage()), clock.now());
    }
  }

  /** What is to be written, and for whom. */
  private record Request(
      YearMonth from,
      YearMonth to,
      Content content,
      String format,
      ReportDocument.Labels words,
      Locale language,
      String fileName,
      String client) {}

  /** How many ledger values (COUNT, for the months) or contracts with payouts there are. */
  private long count(String sql, YearMonth from, YearMonth to) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      if (from != null) {
        query.setObject(1, from.atDay(1));
        query.setObject(2, to.atEndOfMonth());
      }
      try (ResultSet count = query.executeQuery()) {
        count.next();
        return count.getLong(1);
      }
    } catch (SQLException failed) {
      throw new IllegalStateException("the portfolio could not be counted for the export", failed);
    }
  }

  private Spooled write(Request request, LongConsumer written) {
    Path file = spoolFile();
    try (OutputStream spool = new BufferedOutputStream(Files.newOutputStream(file), SPOOL_BUFFER)) {
      Spooled spooled = write(request, spool, file, written);
      file = null;
      return spooled;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } finally {
      if (file != null) {
        deleteQuietly(file);
      }
    }
  }

  private Spooled write(Request request, OutputStream out, Path file, LongConsumer written) {
    MessageDigest sha256 = Sha256.digest();
    DigestOutputStream digested = new DigestOutputStream(out, sha256);
    Counted counted = new Counted(digested);
    List<String> headings = request.content().headings(request.words());
    try (RowSink sink =
        "xlsx".equals(request.format())
            ? new XlsxRows(counted, headings, request.content().fileName)
            : new CsvRows(counted, CsvDialect.of(request.language()), headings)) {
      if (request.content() == Content.LEDGER) {
        writeLedger(sink, request.from(), request.to(), written);
      } else {
        writePayouts(sink, request.from(), request.to(), request.words(), written);
      }
      // a workbook has room for the portfolio's concentration over the same months; a CSV file
      // holds one table, and the API answers the concentration apart
      if (sink instanceof XlsxRows workbook) {
        workbook.section(
            request.words().text("export.concentration"),
            ConcentrationSection.headings(request.words()),
            ConcentrationSection.rows(
                concentrations.over(request.from(), request.to()), request.words()));
      }
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    try {
      counted.flush();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    String digest = Sha256.hex(sha256);
    register.record(
        new ReportExport(
            digest,
            "portfolio-"
                + (request.content() == Content.LEDGER ? "" : "payouts-")
                + request.format(),
            request.fileName(),
            null,
            request.from().toString(),
            request.to().toString(),
            counted.bytes,
            session.getCallerPrincipal().getName(),
            clock.now().truncatedTo(ChronoUnit.SECONDS),
            request.client()));
    return new Spooled(file, digest, counted.bytes);
  }

  private void writeLedger(RowSink sink, YearMonth from, YearMonth to, LongConsumer rowsWritten)
      throws IOException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                ROWS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      query.setObject(1, from.atDay(1));
      query.setObject(2, to.atEndOfMonth());
      query.setFetchSize(FETCH);
      try (ResultSet rows = query.executeQuery()) {
        Map<Period, String> periods = new HashMap<>();
        Map<Timestamp, String> times =
            new LinkedHashMap<>(TIMES_KEPT, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<Timestamp, String> eldest) {
                return size() > TIMES_KEPT;
              }
            };
        long written = 0;
        while (rows.next()) {
          sink.row(row(rows, periods, times).cells());
          if (++written % PROGRESS_ROWS == 0) {
            rowsWritten.accept(written);
          }
        }
      }
    } catch (SQLException failed) {
      throw new IllegalStateException("the ledger could not be read for the export", failed);
    }
  }

  /**
   * Every contract's periods beginning in the months, as a payout list shows them: settled or open,
   * after the term for adjustments, and adjustments waiting for the running period; a row per line.
   * Contracts are read a batch at a time, each batch in its own transaction.
   */
  private void writePayouts(
      RowSink sink,
      YearMonth from,
      YearMonth to,
      ReportDocument.Labels words,
      LongConsumer contractsWritten)
      throws IOException {
    LocalDate first = from.atDay(1);
    LocalDate last = to.atEndOfMonth();
    long written = 0;
    ReportInputs.PayoutBatch batch = inputs.payoutInputs(0, PAYOUT_BATCH, first, last);
    while (batch.contracts() > 0) {
      for (ReportInput input : batch.inputs()) {
        for (PeriodSpend period : ContractReports.payouts(input, first, last)) {
          payoutRows(sink, input, period, words);
        }
      }
      written += batch.contracts();
      contractsWritten.accept(written);
      batch = inputs.payoutInputs(batch.lastId(), PAYOUT_BATCH, first, last);
    }
  }

  /** A period's lines, each with the period's total and how it was settled, if it was. */
  private static void payoutRows(
      RowSink sink, ReportInput input, PeriodSpend period, ReportDocument.Labels words)
      throws IOException {
    PeriodSpend.Settled settled = period.settled();
    for (PayoutLine line : period.lines()) {
      sink.row(
          input.contract().reference(),
          input.vendorName(),
          period.period().toString(),
          line.kind().name(),
          words.payoutLine(line),
          line.metric() == null ? null : line.metric().id(),
          line.quantity(),
          line.rate(),
          line.amount().amount(),
          line.amount().currency().getCurrencyCode(),
          period.total().amount(),
          words.text(
              settled != null
                  ? settled.intact() ? "export.settled" : "export.settledAltered"
                  : period.period().lastDay().isBefore(input.today())
                      ? "settlement.open"
                      : "export.running"),
          settled == null ? null : settled.by(),
          settled == null ? null : settled.at().toString(),
          settled == null ? null : settled.digest());
    }
  }

  private static Path spoolFile() {
    try {
      return Files.createTempFile("outsight-portfolio-", ".spool");
    } catch (IOException unwritable) {
      throw new UncheckedIOException("no spool file for the portfolio export", unwritable);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException kept) {
      LOG.warning(
          () ->
              "The spool file "
                  + file
                  + " of a failed portfolio export could not be removed: "
                  + kept);
    }
  }

  /**
   * Reads one row. Periods and timestamps repeat from row to row, so their text is made once each:
   * at millions of rows that is most of the export's own work. The day and the time are read as
   * JDBC's own types: Payara's wrapper answers {@code getObject(column, LocalDate.class)} by
   * looking the method up by reflection on every call, 15 % of the export's time.
   */
  private static LedgerRow row(
      ResultSet rows, Map<Period, String> periods, Map<Timestamp, String> times)
      throws SQLException {
    String period =
        periods.computeIfAbsent(
            new Period(YearMonth.from(rows.getDate(4).toLocalDate()), rows.getInt(5)),
            Period::toString);
    String recordedAt =
        times.computeIfAbsent(rows.getTimestamp(9), time -> time.toInstant().toString());
    int line = rows.getInt(11);
    Integer sourceLine = rows.wasNull() ? null : line;
    long superseded = rows.getLong(12);
    Long supersededBy = rows.wasNull() ? null : superseded;
    return new LedgerRow(
        rows.getLong(13),
        rows.getString(1),
        rows.getString(2),
        rows.getString(3),
        period,
        rows.getBigDecimal(6),
        rows.getString(7),
        rows.getString(8),
        recordedAt,
        rows.getLong(10),
        sourceLine,
        supersededBy);
  }

  /** Counts the bytes written, for the register. */
  private static final class Counted extends FilterOutputStream {

    private long bytes;

    Counted(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      bytes += len;
    }
  }
}
