package io.outsight.core.settlement;

import io.outsight.core.contract.Contract;
import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.SpreadsheetFile;
import io.outsight.extension.api.metric.Period;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the vendors' invoices from a spreadsheet: a line per invoice with its contract, the period
 * it bills, its number, its date and its amount, headed in English or Finnish. Each problem is
 * named by its line and column; whoever stores the invoices stores none unless the whole file was
 * free of problems.
 */
public final class InvoicesFile {

  private static final Set<String> CONTRACT =
      Set.of("contract", "contractreference", "reference", "sopimus", "sopimustunnus");
  private static final Set<String> PERIOD = Set.of("period", "month", "quarter", "jakso", "kausi");
  private static final Set<String> NUMBER =
      Set.of("invoice", "invoicenumber", "number", "lasku", "laskunumero", "numero");
  private static final Set<String> DATE =
      Set.of("date", "invoicedate", "invoicedon", "päivämäärä", "laskupäivä", "pvm");
  private static final Set<String> AMOUNT =
      Set.of("amount", "total", "invoiced", "summa", "määrä", "laskutettu");

  /** An invoice read from a line without problems. */
  public record Line(
      int line,
      Contract contract,
      Period period,
      String number,
      LocalDate invoicedOn,
      BigDecimal amount) {}

  private final Function<String, Optional<Contract>> contracts;
  private final LocalDate today;

  public InvoicesFile(Function<String, Optional<Contract>> contracts, LocalDate today) {
    this.contracts = contracts;
    this.today = today;
  }

  public SpreadsheetFile.Reading read(InputStream file, Consumer<Line> accepted)
      throws IOException {
    return SpreadsheetFile.<Line>read(file, SpreadsheetFile.LINE_LIMIT, this::columns, accepted);
  }

  private Optional<SpreadsheetFile.Rows<Line>> columns(
      List<String> headings, SpreadsheetFile.Problems problems) {
    int[] at =
        SpreadsheetFile.columns(
            headings,
            List.of(CONTRACT, PERIOD, NUMBER, DATE, AMOUNT),
            List.of("contract", "period", "invoice", "date", "amount"),
            true,
            problems);
    if (problems.count() > 0) {
      return Optional.empty();
    }
    return Optional.of(
        (record, line, lineProblems) -> read(record, line, headings, at, lineProblems));
  }

  private List<Line> read(
      CSVRecord record,
      int line,
      List<String> headings,
      int[] at,
      SpreadsheetFile.Problems problems) {
    int before = problems.count();
    Problem problem =
        (column, code, arguments) ->
            problems.add(
                new ImportProblem(line, at[column] + 1, headings.get(at[column]), code, arguments));
    Optional<Contract> contract = Optional.empty();
    Optional<String> reference = SpreadsheetFile.cell(record, at[0]);
    if (reference.isEmpty()) {
      problem.add(0, "missing-value", List.of());
    } else {
      contract = contracts.apply(reference.get());
      if (contract.isEmpty()) {
        problem.add(0, "unknown-contract", List.of(reference.get()));
      }
    }
    Optional<String> periodText = SpreadsheetFile.cell(record, at[1]);
    Optional<Period> period =
        contract.flatMap(
            found ->
                periodText.flatMap(
                    text ->
                        SpreadsheetFile.parsePeriod(text, found.schedule().cadence().months())));
    if (periodText.isEmpty()) {
      problem.add(1, "missing-value", List.of());
    } else if (contract.isPresent() && period.isEmpty()) {
      problem.add(1, "bad-period", List.of(periodText.get()));
    } else if (period.isPresent()) {
      Period billed = period.get();
      Contract billing = contract.get();
      billing
          .refusesInvoiceFor(billed, today)
          .ifPresent(code -> problem.add(1, code, List.of(billed.toString(), billing.reference())));
    }
    String number = SpreadsheetFile.cell(record, at[2]).orElse(null);
    Optional<String> dateText = SpreadsheetFile.cell(record, at[3]);
    LocalDate invoicedOn = dateText.flatMap(SpreadsheetFile::parseDate).orElse(null);
    if (dateText.isPresent() && invoicedOn == null) {
      problem.add(3, "bad-date", List.of(dateText.get()));
    }
    Optional<String> amountText = SpreadsheetFile.cell(record, at[4]);
    BigDecimal amount = amountText.flatMap(SpreadsheetFile::parseNumber).orElse(null);
    if (amountText.isPresent() && amount == null) {
      problem.add(4, "bad-number", List.of(amountText.get()));
    }
    if (period.isPresent()
        && (dateText.isEmpty() || invoicedOn != null)
        && (amountText.isEmpty() || amount != null)) {
      Invoice.refuses(period.get(), number, invoicedOn, amount, today)
          .ifPresent(
              code ->
                  problem.add(
                      Invoice.Field.of(code).column(),
                      code,
                      List.of(
                          String.valueOf(number),
                          String.valueOf(invoicedOn),
                          String.valueOf(amount))));
    }
    if (problems.count() > before) {
      return List.of();
    }
    return List.of(
        new Line(line, contract.get(), period.get(), number.strip(), invoicedOn, amount));
  }

  @FunctionalInterface
  private interface Problem {
    void add(int column, String code, List<String> arguments);
  }
}
