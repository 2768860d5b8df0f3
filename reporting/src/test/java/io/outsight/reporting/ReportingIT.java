package io.outsight.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.outsight.core.concentration.ChannelConcentration;
import io.outsight.core.concentration.ConcentrationLevel;
import io.outsight.core.concentration.ConcentrationWarning;
import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.ResultSource;
import io.outsight.core.report.ContractReports;
import io.outsight.core.report.ReportInput;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.ContractReport;
import io.outsight.extension.api.report.PeriodSpend;
import io.outsight.extension.api.report.Recommendation;
import io.outsight.extension.api.report.ReportDocument;
import io.outsight.registry.AsAdmin;
import io.outsight.registry.AsAuditor;
import io.outsight.registry.AsProcurement;
import io.outsight.registry.audit.AuditFilter;
import io.outsight.registry.audit.CheckpointFiles;
import io.outsight.registry.audit.ExportedFiles;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.ledger.MetricLedger;
import io.outsight.registry.ledger.ResultEntry;
import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.rules.Refused;
import io.outsight.registry.schema.SchemaMigrations;
import io.outsight.reporting.audit.AuditTrailExport;
import io.outsight.reporting.concentration.BusinessConcentrations;
import io.outsight.reporting.concentration.InHouseResults;
import io.outsight.reporting.contract.ReportFiles;
import io.outsight.reporting.contract.ReportInputs;
import io.outsight.reporting.contract.SuccessReports;
import io.outsight.reporting.dashboard.Dashboard;
import io.outsight.reporting.dashboard.HomeFigures;
import io.outsight.reporting.portfolio.PortfolioExport;
import io.outsight.reporting.portfolio.PortfolioPreparation;
import io.outsight.reporting.portfolio.PortfolioPreparations;
import io.outsight.reporting.reconciliation.CrmExplanations;
import io.outsight.reporting.reconciliation.CrmImports;
import io.outsight.reporting.reconciliation.CrmReceipt;
import io.outsight.reporting.settlement.InvoiceCheck;
import io.outsight.reporting.settlement.Invoices;
import io.outsight.reporting.settlement.Settlements;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports and exports on a real Payara Micro with a 256 MB heap and H2 in a file: a report file's
 * contents and its audit event, its digest accepting the file and refusing an altered copy, the
 * portfolio export streaming a file larger than the whole heap without holding a connection while
 * it is sent, and the audit trail's export ending with the checkpoint it was cut at.
 */
@ExtendWith(ArquillianExtension.class)
// the large ledger last: removing its 2,304,000 rows again before a small test would take longer
// than the test
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingIT {

  private static final long FIRST_CONTRACT = 8_000_000;

  private static final int CONTRACTS_A_STATEMENT = 500;

  /** The connection pool's size, as arquillian.xml gives it. */
  private static final int POOL_SIZE = 4;

  @Deployment
  static WebArchive deployment() throws URISyntaxException {
    JavaArchive reporting =
        ShrinkWrap.create(JavaArchive.class, "reporting.jar")
            .as(ExplodedImporter.class)
            .importDirectory("target/classes")
            .as(JavaArchive.class);
    return ShrinkWrap.create(WebArchive.class, "reporting-it.war")
        .addAsLibrary(reporting)
        .addAsLibraries(new File("target/test-archive-lib").listFiles())
        .addAsLibraries(
            new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI()))
        .addClasses(AsAuditor.class, AsProcurement.class, AsAdmin.class)
        .addAsWebInfResource("glassfish-web-it.xml", "glassfish-web.xml");
  }

  @EJB AsAuditor auditor;
  @EJB AsProcurement procurement;
  @EJB AsAdmin admin;
  @EJB MetricLedger ledger;
  @EJB Settlements settlements;
  @EJB Invoices invoices;
  @EJB CrmImports crm;
  @EJB CrmExplanations explanations;
  @EJB SuccessReports successReports;
  @EJB Dashboard dashboard;
  @EJB ReportInputs reportInputs;
  @EJB ReportFiles reports;
  @EJB PortfolioPreparations preparations;
  @EJB PortfolioExport portfolio;
  @EJB ExportedFiles exports;
  @EJB AuditTrailExport auditTrailExport;
  @Inject CheckpointFiles checkpoints;

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  DataSource dataSource;

  /** Headings and values as their keys, so that the test sees what was asked for. */
  private static final ReportDocument.Labels KEYS =
      new ReportDocument.Labels() {
        @Override
        public String text(String key, Object... arguments) {
          return key;
        }

        @Override
        public String metric(String metricId) {
          return metricId;
        }

        @Override
        public String period(Period period) {
          return period.toString();
        }

        @Override
        public String reason(Recommendation.Reason reason) {
          return reason.code();
        }

        @Override
        public String number(BigDecimal value) {
          return value.toPlainString();
        }

        @Override
        public String in(LocalizedText words) {
          return words.en();
        }
      };

  /**
   * {@code contracts} monthly contracts of one vendor with 8 metrics a month from 2023 to 2025,
   * added by SQL.
   */
  private void seed(int contracts) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("delete from metric_result where contract_id >= " + FIRST_CONTRACT);
      sql.execute("delete from lead_return where contract_id >= " + FIRST_CONTRACT);
      sql.execute("delete from vendor_invoice where contract_id >= " + FIRST_CONTRACT);
      sql.execute("delete from crm_figure where contract_id >= " + FIRST_CONTRACT);
      sql.execute("delete from crm_explanation where contract_id >= " + FIRST_CONTRACT);
      sql.execute("delete from crm_import where id not in (select import_id from crm_figure)");
      sql.execute("delete from settlement where contract_id >= " + FIRST_CONTRACT);
      sql.execute(
          "delete from report_export where contract_id >= "
              + FIRST_CONTRACT
              + " or file_name in ('ledger-it.csv', 'payouts-it.csv')");
      sql.execute("delete from contract_kpi where contract_id >= " + FIRST_CONTRACT);
      sql.execute("delete from contract where id >= " + FIRST_CONTRACT);
      sql.execute("delete from result_submission where id = 8000000");
      sql.execute("delete from vendor where id = 8000000");
      sql.execute(
          "insert into vendor (id, version, name, business_id, country, contact_name, contact_email, status, registered_at,"
              + " registered_by) values (8000000, 0, 'Stream Vendor Ltd', 'STREAM-1', 'US', 'Contact', 'c@vendor.example', 'ACTIVE',"
              + " current_timestamp, 'it')");
      sql.execute(
          "insert into contract (id, version, reference, vendor_id, scope, start_date, end_date, evergreen, renewal_months,"
              + " notice_months, currency, compensation_model, tiers, dispute_window_days, cadence, due_day, we_own_leads,"
              + " no_reuse_for_others, return_and_delete_at_exit, dedicated_team, subcontracting_allowed, exit_plan, status, created_by,"
              + " created_at) select "
              + FIRST_CONTRACT
              + " + x, 0, 'STREAM-' || x, 8000000, 'LEAD_GENERATION', date '2023-01-01',"
              + " date '2025-12-31', false, 12, 3, 'EUR', 'per-lead', '0:40', 30, 'MONTHLY', 10, true, true, true, false, false, true,"
              + " 'ACTIVE', 'it', current_timestamp from system_range(0, "
              + (contracts - 1)
              + ")");
      sql.execute(
          "insert into contract_kpi (contract_id, kpi_order, metric, direction, target, green_at, amber_at)"
              + " values ("
              + FIRST_CONTRACT
              + ", 0, 'leads-created', 'HIGHER_IS_BETTER', 100, 100, 80)");
      sql.execute(
          "insert into result_submission (id, source, value_count, submitted_by, submitted_at)"
              + " values (8000000, 'CSV_IMPORT', 0, 'it', current_timestamp)");
      // a few hundred contracts a statement, each committed: the database shares the server's small
      // heap
      for (int first = 0; first < contracts; first += CONTRACTS_A_STATEMENT) {
        sql.execute(
            "insert into metric_result (contract_id, metric, period_start, period_months, result_value, source, recorded_by,"
                + " recorded_at, submission_id, source_line) select "
                + FIRST_CONTRACT
                + " + c.x, case k.x when 1 then 'leads-created'"
                + " else 'metric-' || k.x end, dateadd('MONTH', m.x, date '2023-01-01'), 1, 100 + mod(c.x + m.x + k.x, 50), 'CSV_IMPORT',"
                + " 'it', timestamp with time zone '2026-01-01 00:00:00+00', 8000000, c.x * 288 + m.x * 8 + k.x"
                + " from system_range("
                + first
                + ", "
                + (Math.min(contracts, first + CONTRACTS_A_STATEMENT) - 1)
                + ") c,"
                + " system_range(0, 35) m, system_range(1, 8) k");
      }
    }
  }

  private List<String> column(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  @Test
  @Order(1)
  void aReportFileCarriesItsContentsAndAnAuditEventAndItsDigestTellsAGenuineCopyFromAnAlteredOne()
      throws Exception {
    seed(1);
    ReportFiles.File file =
        auditor.call(
            () ->
                reports.export(
                    FIRST_CONTRACT,
                    Period.month(2025, 1),
                    Period.month(2025, 3),
                    "csv",
                    Map.of(),
                    KEYS,
                    "en",
                    "API · ReportingIT/1"));
    String csv = new String(file.content(), StandardCharsets.UTF_8);

    assertThat(file.name()).isEqualTo("success-report-STREAM-0-2025-01-2025-03.csv");
    assertThat(csv)
        .contains(
            "contract.reference,STREAM-0",
            "contract.vendor,Stream Vendor Ltd",
            "export.generatedBy,it-auditor",
            "leads-created,2025-01,100");
    assertThat(
            column(
                "select after_state from audit_event where action = 'EXPORTED' order by sequence desc limit 1"))
        .singleElement()
        .asString()
        .contains(file.sha256(), file.name(), "API · ReportingIT/1");
    assertThat(
            column(
                "select requested_by_client from report_export where sha256 = '"
                    + file.sha256()
                    + "'"))
        .containsExactly("API · ReportingIT/1");
    assertThat(
            auditor.call(() -> exports.check(new ByteArrayInputStream(file.content()))).genuine())
        .isTrue();
    byte[] altered = Arrays.copyOf(file.content(), file.content().length);
    altered[altered.length - 3] ^= 1;
    assertThat(auditor.call(() -> exports.check(new ByteArrayInputStream(altered))).genuine())
        .isFalse();
  }

  @Test
  @Order(2)
  void periodsAreSettledInOrderByAColleagueAndALaterCorrectionOrReturnBecomesAnAdjustment()
      throws Exception {
    seed(1);
    Period january = Period.month(2023, 1);
    Period february = Period.month(2023, 2);

    assertThat(refusal(() -> admin.call(() -> settlements.settle(FIRST_CONTRACT, february, null))))
        .isEqualTo("settlement.earlier-open");
    assertThat(
            refusal(
                () ->
                    admin.call(
                        () ->
                            settlements.settle(
                                FIRST_CONTRACT,
                                Period.containing(LocalDate.now().plusMonths(1), 1),
                                null))))
        .isEqualTo("settlement.not-ended");
    // procurement corrects January, so only someone else may settle it
    record(january, "leads-created", "200", null, "the CRM found 100 more");
    assertThat(
            refusal(
                () -> procurement.call(() -> settlements.settle(FIRST_CONTRACT, january, null))))
        .isEqualTo("settlement.four-eyes");
    try {
      auditor.call(() -> settlements.settle(FIRST_CONTRACT, january, null));
      throw new AssertionError("an auditor settled a period");
    } catch (EJBAccessException refused) {
      // auditors read and export, never change
    }
    PeriodSpend settled = admin.call(() -> settlements.settle(FIRST_CONTRACT, january, null));
    assertThat(settled.total()).isEqualTo(Money.of("8000", "EUR"));
    assertThat(settled.settled().by()).isEqualTo("it-admin");
    assertThat(refusal(() -> admin.call(() -> settlements.settle(FIRST_CONTRACT, january, null))))
        .isEqualTo("settlement.already");
    // the vendor's invoices: only for a settled period, one per period, flagged beyond 0.5 %
    assertThat(
            refusal(
                () ->
                    procurement.call(
                        () ->
                            invoices.record(
                                FIRST_CONTRACT,
                                "2023-02",
                                "INV-2",
                                LocalDate.of(2023, 3, 5),
                                new BigDecimal("4000")))))
        .isEqualTo("invoice.unsettled");
    InvoiceCheck withinTolerance =
        procurement.call(
            () ->
                invoices.record(
                    FIRST_CONTRACT,
                    "2023-01",
                    "INV-1",
                    LocalDate.of(2023, 2, 5),
                    new BigDecimal("8040.00")));
    assertThat(withinTolerance.variance()).isEqualByComparingTo("40");
    assertThat(withinTolerance.variancePercent()).isEqualByComparingTo("0.5");
    assertThat(withinTolerance.flagged()).isFalse();
    assertThat(
            refusal(
                () ->
                    procurement.call(
                        () ->
                            invoices.record(
                                FIRST_CONTRACT,
                                "2023-01",
                                "INV-1b",
                                LocalDate.of(2023, 2, 6),
                                BigDecimal.ONE))))
        .isEqualTo("invoice.duplicate");
    assertThat(
            column(
                "select after_state from audit_event where action = 'SETTLED' order by sequence desc limit 1"))
        .singleElement()
        .asString()
        .contains(settled.settled().digest(), "STREAM-0", "2023-01");

    // after settlement: ten more leads in January, and returns from February inside and after the
    // window
    record(january, "leads-created", "210", null, "ten more found in the CRM");
    record(february, "leads-returned", "3", LocalDate.of(2023, 3, 30), null);
    record(february, "leads-returned", "2", LocalDate.of(2023, 3, 31), null);
    // the same return sent again is not credited twice
    record(february, "leads-returned", "3", LocalDate.of(2023, 3, 30), null);
    List<PeriodSpend> spend =
        auditor.call(() -> successReports.report(FIRST_CONTRACT, january, february)).spend();

    assertThat(spend.get(0).total()).as("what was settled stays").isEqualTo(settled.total());
    assertThat(spend.get(0).isSettled()).isTrue();
    assertThat(spend.get(1).isSettled()).isFalse();
    assertThat(spend.get(1).lines())
        .extracting(
            line ->
                line.kind()
                    + " "
                    + line.quantity()
                    + " "
                    + line.about()
                    + " "
                    + line.amount().amount().stripTrailingZeros().toPlainString())
        .contains("NOT_PAID 3 null 0", "RETURNED_LATE 2 null 0", "ADJUSTMENT null 2023-01 400");
    assertThat(spend.get(1).adjustments()).isEqualTo(Money.of("400", "EUR"));
    // a portfolio batch reads February's values and January's, which changed since it was settled
    ReportInput batched =
        auditor
            .call(
                () ->
                    reportInputs.payoutInputs(
                        FIRST_CONTRACT - 1, 1, february.firstDay(), february.lastDay()))
            .inputs()
            .get(0);
    assertThat(batched.settling().changed()).containsExactly(january);
    assertThat(ContractReports.payouts(batched, february.firstDay(), february.lastDay()))
        .singleElement()
        .satisfies(period -> assertThat(period.total()).isEqualTo(spend.get(1).total()));

    // February settled with the adjustment in it: nothing more is owed for January in March
    assertThat(
            refusal(
                () ->
                    admin.call(
                        () -> settlements.settle(FIRST_CONTRACT, february, Money.of("1", "EUR")))))
        .as("what the colleague was shown is what is settled")
        .isEqualTo("settlement.changed-meanwhile");
    PeriodSpend februarySettled =
        admin.call(() -> settlements.settle(FIRST_CONTRACT, february, spend.get(1).total()));
    // February invoiced 10 % over what was settled, in the vendor's file, which is taken whole or
    // not at all: flagged until a colleague accepts it with a note
    String invoiceFile =
        "contract;period;invoice;date;amount\nSTREAM-0;2023-02;INV-2;2023-03-05;"
            + februarySettled.total().amount().multiply(new BigDecimal("1.1")).toPlainString()
            + "\n";
    assertThat(
            problemCodes(
                () ->
                    procurement.call(
                        () ->
                            invoices.importFile(
                                "invoices.csv",
                                csv(invoiceFile + "NO-SUCH-CONTRACT;2023-02;X-1;2023-03-05;1\n")))))
        .singleElement()
        .asString()
        .startsWith("line 3, column A (contract): unknown-contract");
    assertThat(procurement.call(() -> invoices.of(FIRST_CONTRACT)))
        .extracting(InvoiceCheck::number)
        .containsExactly("INV-1");
    InvoiceCheck over =
        procurement.call(() -> invoices.importFile("invoices.csv", csv(invoiceFile))).get(0);
    assertThat(over.number()).isEqualTo("INV-2");
    assertThat(over.toCheck()).isTrue();
    assertThat(procurement.call(() -> invoices.toCheck()))
        .extracting(InvoiceCheck::number)
        .contains("INV-2");
    assertThat(
            refusal(
                () -> procurement.call(() -> invoices.accept(over.id(), over.version(), "agreed"))))
        .isEqualTo("invoice.four-eyes");
    assertThat(refusal(() -> admin.call(() -> invoices.accept(over.id(), over.version(), ""))))
        .isEqualTo("invoice.acceptance-note");
    assertThat(
            refusal(
                () -> admin.call(() -> invoices.accept(over.id(), over.version() + 1, "agreed"))))
        .isEqualTo("invoice.changed-meanwhile");
    InvoiceCheck accepted =
        admin.call(() -> invoices.accept(over.id(), over.version(), "the fair's leads, agreed"));
    assertThat(accepted.acceptance().by()).isEqualTo("it-admin");
    assertThat(accepted.toCheck()).isFalse();
    assertThat(procurement.call(() -> invoices.toCheck()))
        .extracting(InvoiceCheck::number)
        .doesNotContain("INV-2");
    assertThat(
            refusal(
                () ->
                    admin.call(() -> invoices.accept(over.id(), accepted.version(), "once more"))))
        .isEqualTo("invoice.accepted-already");
    assertThat(februarySettled.lines())
        .extracting(PayoutLine::kind)
        .contains(PayoutLine.Kind.ADJUSTMENT);
    assertThat(
            auditor
                .call(
                    () ->
                        successReports.report(
                            FIRST_CONTRACT, Period.month(2023, 3), Period.month(2023, 3)))
                .spend()
                .get(0)
                .adjustments()
                .amount())
        .isZero();

    // every period of the term, which ended in December 2025, settled; then a correction to its
    // last: the adjustment waits in January 2026, after the term, and is settled there alone
    for (Period period = Period.month(2023, 3);
        period.compareTo(Period.month(2025, 12)) <= 0;
        period = period.next()) {
      Period next = period;
      admin.call(() -> settlements.settle(FIRST_CONTRACT, next, null));
    }
    Period afterTerm = Period.month(2026, 1);
    assertThat(refusal(() -> admin.call(() -> settlements.settle(FIRST_CONTRACT, afterTerm, null))))
        .as("nothing to settle after the term")
        .isEqualTo("settlement.after-term");
    record(Period.month(2025, 12), "leads-created", "150", null, "late count from the vendor");
    List<PeriodSpend> payouts = auditor.call(() -> successReports.payouts(FIRST_CONTRACT));
    PeriodSpend waiting = payouts.get(0);
    assertThat(waiting.period()).isEqualTo(afterTerm);
    assertThat(waiting.isSettled()).isFalse();
    assertThat(waiting.payout().amount()).isZero();
    assertThat(waiting.lines())
        .extracting(line -> line.kind() + " " + line.about())
        .containsExactly("ADJUSTMENT 2025-12");
    assertThat(payouts.get(1).period()).isEqualTo(Period.month(2025, 12));
    PeriodSpend closing =
        admin.call(() -> settlements.settle(FIRST_CONTRACT, afterTerm, waiting.total()));
    assertThat(closing.total()).isEqualTo(waiting.total());
    assertThat(auditor.call(() -> successReports.payouts(FIRST_CONTRACT)).get(0))
        .as("settled after the term, and shown among the payouts")
        .satisfies(
            period -> {
              assertThat(period.period()).isEqualTo(afterTerm);
              assertThat(period.isSettled()).isTrue();
            });
  }

  private void record(
      Period period, String metric, String value, LocalDate returnedOn, String reason)
      throws Exception {
    procurement.call(
        () ->
            ledger.record(
                List.of(
                    new ResultEntry(
                        "STREAM-0",
                        metric,
                        period.toString(),
                        new BigDecimal(value),
                        reason,
                        returnedOn,
                        null)),
                ResultSource.API));
  }

  @Test
  @Order(3)
  void ourCrmExportIsImportedWholeAndOnceAndItsDifferencesReachTheReport() throws Exception {
    seed(1);
    String heading = "Record Id,Contract,Type,Owner,Created Date,Deal value\n";
    // January 2023: the vendor reported 101 leads; our CRM has 2, a meeting and a deal
    String records =
        "1,STREAM-0,Lead,maija,2023-01-03,\n"
            + "2,STREAM-0,Lead,matti,2023-01-31,\n"
            + "3,STREAM-0,Meeting,maija,2023-01-05,\n"
            + "4,STREAM-0,Deal,maija,2023-01-20,\"12,500.00\"\n";

    assertThat(
            problemCodes(
                () ->
                    procurement.call(
                        () ->
                            crm.importFile(
                                "crm-bad.csv",
                                csv(heading + records + "5,STREAM-0,Call,maija,2023-01-21,\n")))))
        .containsExactly("line 6, column C (Type): unknown-record-type [Call]");
    assertThat(column("select count(*) from crm_figure where contract_id = " + FIRST_CONTRACT))
        .containsExactly("0");

    CrmReceipt receipt = procurement.call(() -> crm.importFile("crm.csv", csv(heading + records)));
    assertThat(receipt.records()).isEqualTo(4);
    assertThat(receipt.figures()).isEqualTo(4);
    assertThat(
            problemCodes(
                () -> procurement.call(() -> crm.importFile("again.csv", csv(heading + records)))))
        .singleElement()
        .asString()
        .contains("already-imported", "crm.csv", "it-procurement");

    ContractReport report =
        auditor.call(
            () ->
                successReports.report(
                    FIRST_CONTRACT, Period.month(2023, 1), Period.month(2023, 2)));
    assertThat(report.reconciliation())
        .extracting(
            line ->
                line.period()
                    + " "
                    + line.metric()
                    + " "
                    + (line.reported() == null ? null : plain(line.reported()))
                    + "/"
                    + plain(line.crm())
                    + " "
                    + line.flagged())
        .containsExactly(
            "2023-01 deals-closed null/1 true",
            "2023-01 leads-created 101/2 true",
            "2023-01 meetings-booked null/1 true",
            "2023-01 revenue null/12500 true");
    assertThat(report.recommendation().reasons())
        .extracting(Recommendation.Reason::code)
        .contains("crm-differs");

    // each difference looked into and explained: the report no longer holds them against the vendor
    assertThat(
            refusal(
                () ->
                    procurement.call(
                        () -> explanations.explain(FIRST_CONTRACT, "2023-01", "revenue", " "))))
        .isEqualTo("crm.explanation.reason");
    assertThat(
            refusal(
                () ->
                    procurement.call(
                        () ->
                            explanations.explain(
                                FIRST_CONTRACT, "2023-02", "leads-created", "no difference"))))
        .isEqualTo("crm.explanation.nothing-to-explain");
    try {
      auditor.call(
          () -> explanations.explain(FIRST_CONTRACT, "2023-01", "revenue", "auditors read"));
      throw new AssertionError("an auditor explained a difference");
    } catch (EJBAccessException refused) {
      // auditors read and export, never change
    }
    for (String metric : List.of("deals-closed", "leads-created", "meetings-booked", "revenue")) {
      procurement.call(
          () ->
              explanations.explain(
                  FIRST_CONTRACT, "2023-01", metric, "the vendor's own CRM was used in January"));
    }
    assertThat(
            refusal(
                () ->
                    procurement.call(
                        () ->
                            explanations.explain(
                                FIRST_CONTRACT, "2023-01", "revenue", "said twice"))))
        .isEqualTo("crm.explanation.nothing-to-explain");
    ContractReport explained =
        auditor.call(
            () ->
                successReports.report(
                    FIRST_CONTRACT, Period.month(2023, 1), Period.month(2023, 2)));
    assertThat(explained.reconciliation())
        .allSatisfy(line -> assertThat(line.explanation().by()).isEqualTo("it-procurement"));
    assertThat(explained.recommendation().reasons())
        .extracting(Recommendation.Reason::code)
        .doesNotContain("crm-differs");
    // kept for the next reader until the registry changes: the newer export below is a change
    assertThat(
            auditor.call(
                () ->
                    successReports.report(
                        FIRST_CONTRACT, Period.month(2023, 1), Period.month(2023, 2))))
        .isSameAs(explained);
    HomeFigures home = auditor.call(dashboard::figures);
    assertThat(procurement.call(dashboard::figures)).isSameAs(home);
    assertThat(
            column(
                "select count(*) from audit_event where action = 'EXPLAINED'"
                    + " and entity_type = 'CrmExplanation'"))
        .containsExactly("4");

    // a newer export counts January's leads again: the difference changed, and is flagged anew
    procurement.call(
        () ->
            crm.importFile(
                "crm-newer.csv", csv(heading + records + "5,STREAM-0,Lead,matti,2023-01-15,\n")));
    assertThat(
            auditor
                .call(
                    () ->
                        successReports.report(
                            FIRST_CONTRACT, Period.month(2023, 1), Period.month(2023, 2)))
                .recommendation()
                .reasons())
        .filteredOn(reason -> reason.code().equals("crm-differs"))
        .singleElement()
        .satisfies(reason -> assertThat(reason.arguments()).containsExactly("1"));
    assertThat(auditor.call(dashboard::figures)).isNotSameAs(home);
    // procurement corrects the vendor's figure, so a colleague explains what is left of it
    record(Period.month(2023, 1), "leads-created", "90", null, "the vendor's count, corrected");
    assertThat(
            refusal(
                () ->
                    procurement.call(
                        () ->
                            explanations.explain(
                                FIRST_CONTRACT, "2023-01", "leads-created", "my own figure"))))
        .isEqualTo("crm.explanation.four-eyes");
    assertThat(
            admin
                .call(
                    () ->
                        explanations.explain(
                            FIRST_CONTRACT, "2023-01", "leads-created", "the fair's leads"))
                .unexplained())
        .isFalse();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  @EJB InHouseResults inHouse;
  @EJB BusinessConcentrations concentrations;
  @Inject PortalClock clock;

  /** The concentration of the channel the test below sells in. */
  private ChannelConcentration itChannel() throws Exception {
    return auditor.call(() -> concentrations.current()).channels().stream()
        .filter(channel -> channel.channel().equals("IT channel"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @Order(6)
  void ourOwnResultsAreImportedWholeAndEachVendorsShareIsTakenOfTheChannelsWholeOutcome()
      throws Exception {
    YearMonth month = YearMonth.from(clock.today()).minusMonths(2);
    LocalDate reviewedLongAgo = clock.today().minusMonths(13);
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("delete from in_house_result where channel = 'IT channel'");
      sql.execute("delete from metric_result where contract_id = 8100000");
      sql.execute("delete from contract where id = 8100000");
      sql.execute("delete from result_submission where id = 8100000");
      sql.execute("delete from vendor where id = 8100000");
      sql.execute(
          "insert into vendor (id, version, name, business_id, country, contact_name, contact_email, status, registered_at,"
              + " registered_by) values (8100000, 0, 'Channel Vendor Oy', 'CHANNEL-1', 'US', 'Contact', 'c@vendor.example',"
              + " 'ACTIVE', current_timestamp, 'it')");
      sql.execute(
          "insert into contract (id, version, reference, vendor_id, scope, start_date, end_date, evergreen, renewal_months,"
              + " notice_months, currency, compensation_model, tiers, dispute_window_days, cadence, due_day, we_own_leads,"
              + " no_reuse_for_others, return_and_delete_at_exit, dedicated_team, subcontracting_allowed, exit_plan,"
              + " exit_plan_reviewed_on, channel, status, created_by, created_at) values (8100000, 0, 'CHANNEL-1', 8100000,"
              + " 'FULL_SALES', date '2024-01-01', date '2030-12-31', false, 12, 3, 'EUR', 'per-lead', '0:40', 30, 'MONTHLY',"
              + " 10, true, true, true, false, false, true, date '"
              + reviewedLongAgo
              + "', 'IT channel', 'ACTIVE', 'it', current_timestamp)");
      sql.execute(
          "insert into result_submission (id, source, value_count, submitted_by, submitted_at)"
              + " values (8100000, 'CSV_IMPORT', 0, 'it', current_timestamp)");
      sql.execute(
          "insert into metric_result (contract_id, metric, period_start, period_months, result_value, source, recorded_by,"
              + " recorded_at, submission_id, source_line) values"
              + " (8100000, 'revenue', date '"
              + month.atDay(1)
              + "', 1, 900, 'CSV_IMPORT', 'it', current_timestamp, 8100000, 1),"
              + " (8100000, 'deals-closed', date '"
              + month.atDay(1)
              + "', 1, 5, 'CSV_IMPORT', 'it', current_timestamp, 8100000, 2)");
    }
    String heading = "channel;period;leads;deals;revenue\n";

    // a bad line at the very end: nothing of the file is stored
    assertThat(
            problemCodes(
                () ->
                    procurement.call(
                        () ->
                            inHouse.importFile(
                                "own-bad.csv",
                                csv(
                                    heading
                                        + "IT channel;"
                                        + month
                                        + ";10;5;100\n"
                                        + "IT channel;"
                                        + month.minusMonths(1)
                                        + ";10;5,5;100\n")))))
        .containsExactly("line 3, column D (deals): not-whole [5,5]");
    assertThat(column("select count(*) from in_house_result where channel = 'IT channel'"))
        .containsExactly("0");

    procurement.call(
        () -> inHouse.importFile("own.csv", csv(heading + "IT channel;" + month + ";10;5;100\n")));
    // revenue 900 of 1,000 is 90.0 %; deals 5 of 10 are 50.0 %, not beyond 50 %; the exit plan was
    // reviewed thirteen months ago: red
    ChannelConcentration channel = itChannel();
    assertThat(channel.vendors())
        .singleElement()
        .satisfies(
            vendor -> {
              assertThat(vendor.share().revenue()).isEqualByComparingTo("90.0");
              assertThat(vendor.share().deals()).isEqualByComparingTo("50.0");
              assertThat(vendor.level()).isEqualTo(ConcentrationLevel.RED);
            });
    assertThat(channel.warnings())
        .extracting(ConcentrationWarning::kind)
        .containsExactly(
            ConcentrationWarning.Kind.REVENUE_SHARE,
            ConcentrationWarning.Kind.NO_REVIEWED_EXIT_PLAN);

    // a value given again replaces the one before, and the audit trail keeps both: 900 of 1,200
    assertThat(
            procurement
                .call(
                    () ->
                        inHouse.importFile(
                            "own-corrected.csv", csv(heading + "IT channel;" + month + ";;;300\n")))
                .replaced())
        .isEqualTo(1);
    assertThat(itChannel().vendors().get(0).share().revenue()).isEqualByComparingTo("75.0");
    assertThat(
            column(
                "select count(*) from audit_event where entity_type = 'InHouseResults'"
                    + " and action = 'IMPORTED' and before_state like '%IT channel "
                    + month
                    + " revenue%100%'"))
        .containsExactly("1");

    // the plan reviewed a month ago: still concentrated, no longer red
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "update contract set exit_plan_reviewed_on = date '"
              + clock.today().minusMonths(1)
              + "' where id = 8100000");
    }
    assertThat(itChannel().level()).isEqualTo(ConcentrationLevel.WARNING);

    // the portfolio workbook over the same months ends with the concentration
    try (PortfolioExport.Spooled workbook =
            auditor.call(
                () ->
                    portfolio.write(
                        month,
                        month,
                        PortfolioExport.Content.LEDGER,
                        "xlsx",
                        KEYS,
                        Locale.ENGLISH,
                        "ledger-concentration-it.xlsx",
                        "ReportingIT"));
        XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(workbook.file()))) {
      Sheet concentration = read.getSheet("export.concentration");
      assertThat(concentration.getRow(0).getCell(1).getStringCellValue())
          .isEqualTo("export.broughtBy");
      List<String> rows = new ArrayList<>();
      for (Row row : concentration) {
        if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("IT channel")) {
          rows.add(
              row.getCell(1).getStringCellValue()
                  + " "
                  + row.getCell(4).getNumericCellValue()
                  + " "
                  + (row.getCell(5) == null ? "" : row.getCell(5).getStringCellValue())
                  + " "
                  + (row.getCell(6) == null ? "" : row.getCell(6).getStringCellValue()));
        }
      }
      assertThat(rows)
          .containsExactly(
              "concentration.inHouse 25.0  ",
              "Channel Vendor Oy 75.0 concentration.level.WARNING"
                  + " concentration.warning.REVENUE_SHARE");
    }

    // a month that has not begun is refused by hand, and auditors record nothing
    assertThat(
            problemCodes(
                () ->
                    procurement.call(
                        () ->
                            inHouse.enter(
                                "IT channel",
                                YearMonth.from(clock.today()).plusMonths(1),
                                Map.of("revenue", BigDecimal.TEN)))))
        .singleElement()
        .asString()
        .contains("future-period");
    assertThat(
            procurement
                .call(
                    () ->
                        inHouse.enter(
                            "IT channel", month.minusMonths(1), Map.of("revenue", BigDecimal.TEN)))
                .values())
        .isEqualTo(1);
    try {
      auditor.call(
          () ->
              inHouse.importFile("auditor.csv", csv(heading + "IT channel;" + month + ";1;1;1\n")));
      throw new AssertionError("an auditor imported results");
    } catch (EJBAccessException refused) {
      // auditors read and export, never change
    }
    assertThat(
            auditor.call(() -> inHouse.months(month.minusMonths(1), month)).stream()
                .filter(row -> row.channel().equals("IT channel"))
                .map(row -> row.month() + " " + row.revenue().stripTrailingZeros().toPlainString()))
        .containsExactly(month + " 300", month.minusMonths(1) + " 10");
  }

  private static ByteArrayInputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> problemCodes(Callable<?> call) {
    try {
      call.call();
    } catch (ResultsRejected rejected) {
      return rejected.problems().stream().map(ImportProblem::toString).toList();
    } catch (Exception other) {
      throw new AssertionError("expected the file to be rejected", other);
    }
    throw new AssertionError("the file was taken");
  }

  private static String refusal(Callable<?> call) {
    try {
      call.call();
    } catch (Refused refused) {
      return refused.rule();
    } catch (Exception other) {
      throw new AssertionError("expected a refusal", other);
    }
    throw new AssertionError("nothing was refused");
  }

  @Test
  @Order(5)
  void thePortfolioExportShowsItsProgressAndSpoolsAFileLargerThanTheWholeHeap() throws Exception {
    seed(8_000);
    assertThat(String.join("\n", column("explain " + PortfolioExport.ROWS)))
        .as("the ledger read in its index's order, not sorted")
        .contains("index sorted");
    // a quarter's value beside the months that begin on its first day, recorded at 02:00 in
    // Helsinki
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "insert into metric_result (contract_id, metric, period_start, period_months, result_value, source, recorded_by,"
              + " recorded_at, submission_id, source_line) values ("
              + FIRST_CONTRACT
              + ", 'leads-created', date '2023-01-01', 3, 300, 'CSV_IMPORT', 'it',"
              + " timestamp with time zone '2026-01-01 02:00:00+02', 8000000, 0)");
    }
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    long[] written = new long[1];
    OutputStream counting =
        new OutputStream() {
          @Override
          public void write(int b) {
            written[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            written[0] += len;
          }
        };
    // as the page asks for it: written in the background, its progress followed until it is ready
    String id =
        auditor
            .call(
                () ->
                    preparations.start(
                        YearMonth.of(2023, 1),
                        YearMonth.of(2025, 12),
                        PortfolioExport.Content.LEDGER,
                        "csv",
                        KEYS,
                        Locale.ENGLISH,
                        "ledger-it.csv",
                        "page · ReportingIT/1"))
            .id();
    List<Integer> progress = new ArrayList<>();
    PortfolioPreparation followed;
    do {
      Thread.sleep(200);
      followed = auditor.call(() -> preparations.latest()).orElseThrow();
      progress.add(followed.percent());
    } while (followed.state() == PortfolioPreparation.State.RUNNING);
    assertThat(followed.id()).isEqualTo(id);
    assertThat(followed.state()).isEqualTo(PortfolioPreparation.State.READY);
    assertThat(progress).as("the share written, as the page shows it").isSorted().endsWith(100);
    assertThat(progress).anySatisfy(share -> assertThat(share).isStrictlyBetween(0, 100));
    PortfolioExport.Spooled file =
        auditor.call(() -> preparations.take(id)).orElseThrow().file().orElseThrow();
    assertThat(auditor.call(() -> preparations.take(id))).as("handed over once").isEmpty();
    String digest = file.sha256();
    try (file) {
      // written and registered, not yet sent: a slow download holds none of the pool's connections
      List<Connection> wholePool = new ArrayList<>();
      try {
        for (int i = 0; i < POOL_SIZE; i++) {
          wholePool.add(dataSource.getConnection());
        }
      } finally {
        for (Connection connection : wholePool) {
          connection.close();
        }
      }
      assertThat(wholePool).hasSize(POOL_SIZE);
      // the first contract's quarter and the month that begins on the same day, each as what it
      // is, and the times in UTC
      try (Stream<String> lines = Files.lines(file.file())) {
        assertThat(
                lines
                    .map(line -> line.split(",", -1))
                    .filter(
                        cells ->
                            cells[1].equals("STREAM-0")
                                && cells[3].equals("leads-created")
                                && cells[4].matches("2023-(01|Q1)"))
                    .map(cells -> cells[4] + " " + cells[8]))
            .containsExactly("2023-01 2026-01-01T00:00:00Z", "2023-Q1 2026-01-01T00:00:00Z");
      }
      file.sendTo(new DigestOutputStream(counting, sha256));
    }

    assertThat(Files.exists(file.file())).as("the spool file, once sent").isFalse();
    assertThat(written[0]).isEqualTo(file.bytes());
    assertThat(column("select byte_count from report_export where sha256 = '" + digest + "'"))
        .containsExactly(String.valueOf(written[0]));

    // every contract's payouts over 2025, explained line by line from 768,000 of those values,
    // read a batch of contracts at a time (bench/payouts.sh measures all three years' heap)
    PortfolioExport.Spooled payouts =
        auditor.call(
            () ->
                portfolio.write(
                    YearMonth.of(2025, 1),
                    YearMonth.of(2025, 12),
                    PortfolioExport.Content.PAYOUTS,
                    "csv",
                    KEYS,
                    Locale.ENGLISH,
                    "payouts-it.csv",
                    "ReportingIT"));
    Map<String, BigDecimal> linesByPeriod = new HashMap<>();
    Map<String, BigDecimal> totalByPeriod = new HashMap<>();
    long payoutRows = 0;
    try (payouts;
        Reader reader = Files.newBufferedReader(payouts.file(), StandardCharsets.UTF_8)) {
      reader.skip(1);
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().build().parse(reader)) {
        if (!row.get("contract.reference").startsWith("STREAM-")) {
          continue; // the demo's contracts
        }
        payoutRows++;
        assertThat(row.get("export.payoutLine")).isIn("TIER", "NO_DATA");
        String period = row.get("contract.reference") + " " + row.get("results.period");
        linesByPeriod.merge(
            period, new BigDecimal(row.get("report.breakdown.amount")), BigDecimal::add);
        totalByPeriod.put(period, new BigDecimal(row.get("export.periodTotal")));
      }
    }
    assertThat(totalByPeriod).as("every contract's every period").hasSize(8_000 * 12);
    assertThat(payoutRows).isGreaterThanOrEqualTo(8_000 * 12);
    totalByPeriod.forEach(
        (period, total) ->
            assertThat(linesByPeriod.get(period)).as(period).isEqualByComparingTo(total));
    // STREAM-1 in March 2025, the 27th month: 100 + mod(1 + 26 + 1, 50) = 128 leads at 40 EUR
    assertThat(totalByPeriod.get("STREAM-1 2025-03")).isEqualByComparingTo("5120");
    assertThat(
            column("select exporter from report_export where sha256 = '" + payouts.sha256() + "'"))
        .containsExactly("portfolio-payouts-csv");
  }

  @Test
  @Order(4)
  void theAuditTrailExportEndsWithTheCheckpointItWasCutAtAndTheCheckpointIsOnDisk()
      throws Exception {
    StringWriter out = new StringWriter();
    auditor.call(
        () -> {
          auditTrailExport.exportCsv(
              new AuditFilter(null, null, null, null, null), Locale.ENGLISH, out);
          return null;
        });
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .build()
            .parse(new StringReader(out.toString().replaceFirst("^\uFEFF", "")))
            .getRecords();

    CSVRecord checkpoint = rows.get(rows.size() - 1);
    CSVRecord newest = rows.get(rows.size() - 2);
    assertThat(checkpoint.get("entity_type")).isEqualTo(AuditTrailExport.CHECKPOINT);
    assertThat(checkpoint.get("sequence")).isEqualTo(newest.get("sequence"));
    assertThat(checkpoint.get("after")).contains("\"trailHash\":\"" + newest.get("hash") + "\"");
    assertThat(rows.subList(0, rows.size() - 1))
        .extracting(row -> Long.parseLong(row.get("sequence")))
        .isSorted()
        .doesNotHaveDuplicates()
        .last()
        .isEqualTo(Long.parseLong(newest.get("sequence")));
    assertThat(checkpoints.all())
        .anySatisfy(
            written -> {
              assertThat(written.seal()).isEqualTo(checkpoint.get("hash"));
              assertThat(written.number()).isEqualTo(Long.parseLong(checkpoint.get("entity_id")));
            });
  }
}
