package io.outsight.core.reconciliation;

import io.outsight.core.contract.Contract;
import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.LedgerRules;
import io.outsight.core.ledger.SpreadsheetFile;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.metric.ReportedMetric;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the company's CRM export: a line per record (a lead, a qualified lead, a meeting or a won
 * deal) attributed to a vendor's contract, with its day and, for a deal, its value, as CRM tools
 * write it, headed in English or Finnish. A lead counts in the period of its day as a lead created;
 * a deal as a deal closed, and its value as revenue. Each problem is named by its line and column.
 */
public final class CrmFile {

  private static final Set<String> CONTRACT =
      Set.of("contract", "contractreference", "vendorcontract", "sopimus", "sopimustunnus");
  private static final Set<String> TYPE =
      Set.of("type", "recordtype", "object", "activity", "tyyppi", "tietuetyyppi");
  private static final Set<String> DATE =
      Set.of("date", "createddate", "closedate", "day", "päivämäärä", "pvm", "päivä");
  private static final Set<String> AMOUNT =
      Set.of("amount", "value", "dealvalue", "summa", "arvo", "kaupanarvo");

  /** The record types a CRM writes, in English and Finnish, and the metric each counts in. */
  private static final Map<String, ReportedMetric> TYPES =
      Map.ofEntries(
          Map.entry("lead", ReportedMetric.LEADS_CREATED),
          Map.entry("liidi", ReportedMetric.LEADS_CREATED),
          Map.entry("qualifiedlead", ReportedMetric.QUALIFIED_LEADS),
          Map.entry("sql", ReportedMetric.QUALIFIED_LEADS),
          Map.entry("kvalifioituliidi", ReportedMetric.QUALIFIED_LEADS),
          Map.entry("meeting", ReportedMetric.MEETINGS_BOOKED),
          Map.entry("tapaaminen", ReportedMetric.MEETINGS_BOOKED),
          Map.entry("deal", ReportedMetric.DEALS_CLOSED),
          Map.entry("won", ReportedMetric.DEALS_CLOSED),
          Map.entry("closedwon", ReportedMetric.DEALS_CLOSED),
          Map.entry("kauppa", ReportedMetric.DEALS_CLOSED));

  /**
   * A record read from a line without problems: the metric it counts in, and a deal's value when
   * the export has a value column.
   */
  public record Record(
      int line, Contract contract, Period period, ReportedMetric metric, BigDecimal value) {

    /** What the record adds to its period's counts: one, and a deal's value to revenue. */
    public Map<String, BigDecimal> counts() {
      return value == null
          ? Map.of(metric.id(), BigDecimal.ONE)
          : Map.of(metric.id(), BigDecimal.ONE, ReportedMetric.REVENUE.id(), value);
    }
  }

  private final Function<String, Optional<Contract>> contracts;
  private final LocalDate today;

  public CrmFile(Function<String, Optional<Contract>> contracts, LocalDate today) {
    this.contracts = contracts;
    this.today = today;
  }

  public SpreadsheetFile.Reading read(InputStream file, Consumer<Record> accepted)
      throws IOException {
    return SpreadsheetFile.<Record>read(file, SpreadsheetFile.LINE_LIMIT, this::columns, accepted);
  }

  private Optional<SpreadsheetFile.Rows<Record>> columns(
      List<String> headings, SpreadsheetFile.Problems problems) {
    // a CRM export carries many columns of its own: those not needed are left alone
    int[] at =
        SpreadsheetFile.columns(
            headings,
            List.of(CONTRACT, TYPE, DATE, AMOUNT),
            List.of("contract", "type", "date"),
            false,
            problems);
    if (problems.count() > 0) {
      return Optional.empty();
    }
    return Optional.of(
        (record, line, lineProblems) -> read(record, line, headings, at, lineProblems));
  }

  private List<Record> read(
      CSVRecord record,
      int line,
      List<String> headings,
      int[] at,
      SpreadsheetFile.Problems problems) {
    int before = problems.count();
    List<ImportProblem> found = new ArrayList<>();
    Optional<Contract> contract = Optional.empty();
    Optional<String> reference = SpreadsheetFile.cell(record, at[0]);
    if (reference.isEmpty()) {
      found.add(problem(line, at[0], headings, "missing-value", List.of()));
    } else {
      contract = contracts.apply(reference.get());
      if (contract.isEmpty()) {
        found.add(problem(line, at[0], headings, "unknown-contract", List.of(reference.get())));
      }
    }
    Optional<String> typeText = SpreadsheetFile.cell(record, at[1]);
    ReportedMetric metric = typeText.map(SpreadsheetFile::heading).map(TYPES::get).orElse(null);
    if (metric == null) {
      found.add(
          problem(
              line,
              at[1],
              headings,
              typeText.isEmpty() ? "missing-value" : "unknown-record-type",
              typeText.stream().toList()));
    }
    Optional<String> dateText = SpreadsheetFile.cell(record, at[2]);
    LocalDate day = dateText.flatMap(SpreadsheetFile::parseDate).orElse(null);
    if (day == null) {
      found.add(
          problem(
              line,
              at[2],
              headings,
              dateText.isEmpty() ? "missing-value" : "bad-date",
              dateText.stream().toList()));
    } else if (day.isAfter(today)) {
      found.add(problem(line, at[2], headings, "future-day", List.of(dateText.get())));
    }
    BigDecimal value = null;
    if (metric == ReportedMetric.DEALS_CLOSED && at[3] >= 0) {
      Optional<String> amountText = SpreadsheetFile.cell(record, at[3]);
      Optional<BigDecimal> amount = amountText.flatMap(SpreadsheetFile::parseNumber);
      if (amountText.isPresent() && amount.isEmpty()) {
        found.add(problem(line, at[3], headings, "bad-number", List.of(amountText.get())));
      } else if (amount.isPresent() && amount.get().signum() < 0) {
        found.add(problem(line, at[3], headings, "negative", List.of(amountText.get())));
      } else if (amount.isPresent() && amount.get().compareTo(LedgerRules.LIMIT) >= 0) {
        found.add(problem(line, at[3], headings, "too-large", List.of(amountText.get())));
      }
      value = amount.orElse(BigDecimal.ZERO);
    }
    found.forEach(problems::add);
    if (problems.count() > before) {
      return List.of();
    }
    Period period = Period.containing(day, contract.get().schedule().cadence().months());
    return List.of(new Record(line, contract.get(), period, metric, value));
  }

  private static ImportProblem problem(
      int line, int column, List<String> headings, String code, List<String> arguments) {
    return new ImportProblem(line, column + 1, headings.get(column), code, arguments);
  }
}
