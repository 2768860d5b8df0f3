package io.outsight.reporting.settlement;

import io.outsight.core.access.Roles;
import io.outsight.core.contract.Contract;
import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.ResultSource;
import io.outsight.core.ledger.SpreadsheetFile;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.settlement.Invoice;
import io.outsight.core.settlement.InvoicesFile;
import io.outsight.core.settlement.Settlement;
import io.outsight.core.vendor.Vendor;
import io.outsight.extension.api.metric.Period;
import io.outsight.extension.api.money.Money;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ContractLocks;
import io.outsight.registry.contract.ContractLookup;
import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.rules.RefuseRuleViolations;
import io.outsight.registry.schema.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The vendors' invoices: recorded one by one or from a file, each for a settled period and only one
 * per period, and checked against what was settled. Procurement and administrators record; everyone
 * signed in reads.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class Invoices {

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  @Resource private SessionContext session;

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  private DataSource dataSource;

  /**
   * Records the invoice for a period of the contract.
   *
   * @throws ResultsRejected naming the field (period, number, invoicedOn, amount) of a value that
   *     cannot be kept
   * @throws RuleViolation {@code invoice.unsettled} for a period not settled, {@code
   *     invoice.duplicate} for a period invoiced before
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public InvoiceCheck record(
      long contractId, String period, String number, LocalDate invoicedOn, BigDecimal amount) {
    Contract contract = ContractLookup.locked(em, contractId);
    Optional<Period> billed =
        Optional.ofNullable(period)
            .flatMap(
                text -> SpreadsheetFile.parsePeriod(text, contract.schedule().cadence().months()));
    if (billed.isEmpty()) {
      throw rejected(
          new ImportProblem(1, 1, "period", "bad-period", List.of(String.valueOf(period))));
    }
    contract
        .refusesInvoiceFor(billed.get(), clock.today())
        .ifPresent(
            code -> {
              throw rejected(
                  new ImportProblem(
                      1,
                      1,
                      "period",
                      code,
                      List.of(billed.get().toString(), contract.reference())));
            });
    Invoice.refuses(billed.get(), number, invoicedOn, amount, clock.today())
        .ifPresent(
            code -> {
              throw rejected(
                  new ImportProblem(
                      1,
                      Invoice.Field.of(code).column(),
                      Invoice.Field.of(code).property(),
                      code,
                      List.of(
                          String.valueOf(number),
                          String.valueOf(invoicedOn),
                          String.valueOf(amount))));
            });
    Settlement settled = settlement(contract, billed.get());
    refuseSecond(contract, billed.get());
    Invoice invoice =
        new Invoice(
            contractId,
            billed.get(),
            number,
            invoicedOn,
            new Money(amount, settled.total().currency()),
            ResultSource.MANUAL,
            caller(),
            clock.now());
    em.persist(invoice);
    em.flush();
    InvoiceCheck check = check(invoice, contract, settled, vendorName(contract));
    audited(invoice, check, null);
    return check;
  }

  /**
   * Records every invoice of a file, or none: each problem is named by its line and column, and an
   * invoice for a period not settled, or invoiced before, in the file or earlier, is one.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public List<InvoiceCheck> importFile(String fileName, InputStream content) {
    Map<String, Optional<Contract>> contracts = new HashMap<>();
    List<Invoice> read = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    Map<Invoice, Settlement> settledFor = new HashMap<>();
    Set<String> seen = new HashSet<>();
    SpreadsheetFile.Reading reading;
    try (Connection connection = dataSource.getConnection();
        ContractLocks locks = new ContractLocks(em, connection)) {
      reading =
          new InvoicesFile(
                  reference -> contracts.computeIfAbsent(reference, locks::lockedByReference),
                  clock.today())
              .read(
                  content,
                  line -> {
                    Optional<Settlement> settled =
                        findSettlement(line.contract().id(), line.period());
                    String key = line.contract().id() + " " + line.period();
                    if (settled.isEmpty()) {
                      problems.add(
                          new ImportProblem(
                              line.line(),
                              0,
                              "",
                              "invoice-unsettled",
                              List.of(line.period().toString(), line.contract().reference())));
                    } else if (!seen.add(key)
                        || invoiceFor(line.contract().id(), line.period()).isPresent()) {
                      problems.add(
                          new ImportProblem(
                              line.line(),
                              0,
                              "",
                              "invoice-duplicate",
                              List.of(line.period().toString(), line.contract().reference())));
                    } else {
                      Invoice invoice =
                          new Invoice(
                              line.contract().id(),
                              line.period(),
                              line.number(),
                              line.invoicedOn(),
                              new Money(line.amount(), settled.get().total().currency()),
                              ResultSource.CSV_IMPORT,
                              caller(),
                              clock.now());
                      read.add(invoice);
                      settledFor.put(invoice, settled.get());
                    }
                  });
    } catch (SQLException failed) {
      throw new PersistenceException("the invoices could not be read from " + fileName, failed);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    problems.addAll(reading.problems());
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(ImportProblem::line));
      throw new ResultsRejected(
          problems.subList(0, Math.min(problems.size(), SpreadsheetFile.LISTED_PROBLEMS)),
          problems.size() + reading.problemCount() - reading.problems().size(),
          false);
    }
    List<InvoiceCheck> checks = new ArrayList<>();
    for (Invoice invoice : read) {
      em.persist(invoice);
      em.flush();
      Contract contract =
          contracts.values().stream()
              .flatMap(Optional::stream)
              .filter(found -> found.id() == invoice.contractId())
              .findFirst()
              .orElseThrow();
      InvoiceCheck check = check(invoice, contract, settledFor.get(invoice), vendorName(contract));
      audited(invoice, check, Map.of("file", String.valueOf(fileName), "sha256", reading.sha256()));
      checks.add(check);
    }
    return checks;
  }

  /** The contract's invoices, the latest period first, each checked. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<InvoiceCheck> of(long contractId) {
    Contract contract = ContractLookup.found(em, contractId);
    String vendor = vendorName(contract);
    return em.createQuery(
            "select i from Invoice i where i.contractId = :contract order by i.periodStart desc",
            Invoice.class)
        .setParameter("contract", contractId)
        .getResultStream()
        .map(invoice -> check(invoice, contract, settlement(contract, invoice.period()), vendor))
        .toList();
  }

  /**
   * Every invoice beyond its contract's tolerance whose variance nobody has accepted, the oldest
   * period first: the ones to check.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<InvoiceCheck> toCheck() {
    List<Object[]> rows =
        em.createQuery(
                "select i, s, c, v from Invoice i, Settlement s, Contract c, Vendor v"
                    + " where s.contractId = i.contractId and s.periodStart = i.periodStart"
                    + " and c.id = i.contractId and v.id = c.vendorId"
                    + " order by i.periodStart, c.reference",
                Object[].class)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                check(
                    (Invoice) row[0],
                    (Contract) row[2],
                    (Settlement) row[1],
                    ((Vendor) row[3]).name()))
        .filter(InvoiceCheck::toCheck)
        .toList();
  }

  /**
   * Accepts the variance of a flagged invoice with a note, audited.
   *
   * @param version the version of the invoice the one accepting was shown
   * @throws RuleViolation {@code invoice.unknown}, {@code invoice.changed-meanwhile} when the
   *     invoice changed since it was shown, and those of {@link Invoice#accept}
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public InvoiceCheck accept(long invoiceId, long version, String note) {
    Invoice invoice =
        Optional.ofNullable(em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "invoice.unknown",
                        "No invoice " + invoiceId,
                        List.of(String.valueOf(invoiceId))));
    if (invoice.version() != version) {
      throw new RuleViolation(
          "invoice.changed-meanwhile",
          "Invoice " + invoice.number() + " changed since it was shown",
          List.of(invoice.number()));
    }
    Contract contract = em.find(Contract.class, invoice.contractId());
    Settlement settled = settlement(contract, invoice.period());
    invoice.accept(
        note, settled.total(), contract.invoiceTolerancePercent(), caller(), clock.now());
    em.flush();
    InvoiceCheck check = check(invoice, contract, settled, vendorName(contract));
    Map<String, Object> accepted = new LinkedHashMap<>();
    accepted.put("contract", check.contractReference());
    accepted.put("period", check.period());
    accepted.put("number", check.number());
    accepted.put("variance", check.variance());
    accepted.put("note", check.acceptance().note());
    audit.record(caller(), "Invoice", invoice.id(), "ACCEPTED", null, accepted);
    return check;
  }

  private static InvoiceCheck check(
      Invoice invoice, Contract contract, Settlement settled, String vendorName) {
    Money total = settled.total();
    return new InvoiceCheck(
        invoice.id(),
        contract.id(),
        contract.reference(),
        vendorName,
        invoice.period().toString(),
        invoice.number(),
        invoice.invoicedOn(),
        total.currency().getCurrencyCode(),
        invoice.amount().amount(),
        total.amount(),
        invoice.variance(total).amount(),
        invoice.variancePercent(total).orElse(null),
        contract.invoiceTolerancePercent(),
        invoice.exceeds(total, contract.invoiceTolerancePercent()),
        invoice.recordedBy(),
        invoice.recordedAt(),
        invoice.version(),
        invoice.acceptance().orElse(null));
  }

  private void audited(Invoice invoice, InvoiceCheck check, Map<String, String> file) {
    Map<String, Object> recorded = new LinkedHashMap<>();
    recorded.put("contract", check.contractReference());
    recorded.put("period", check.period());
    recorded.put("number", check.number());
    recorded.put("invoicedOn", check.invoicedOn().toString());
    recorded.put("amount", check.invoiced());
    recorded.put("settled", check.settled());
    recorded.put("variance", check.variance());
    recorded.put("flagged", check.flagged());
    if (file != null) {
      recorded.putAll(file);
    }
    audit.record(caller(), "Invoice", invoice.id(), "RECORDED", null, recorded);
  }

  private Settlement settlement(Contract contract, Period period) {
    return findSettlement(contract.id(), period)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "invoice.unsettled",
                    period + " of " + contract.reference() + " is not settled: settle it first",
                    List.of(period.toString(), contract.reference())));
  }

  private Optional<Settlement> findSettlement(long contractId, Period period) {
    return em.createQuery(
            "select s from Settlement s where s.contractId = :contract and s.periodStart = :start",
            Settlement.class)
        .setParameter("contract", contractId)
        .setParameter("start", period.firstDay())
        .getResultStream()
        .findFirst();
  }

  private Optional<Invoice> invoiceFor(long contractId, Period period) {
    return em.createQuery(
            "select i from Invoice i where i.contractId = :contract and i.periodStart = :start",
            Invoice.class)
        .setParameter("contract", contractId)
        .setParameter("start", period.firstDay())
        .getResultStream()
        .findFirst();
  }

  private void refuseSecond(Contract contract, Period period) {
    invoiceFor(contract.id(), period)
        .ifPresent(
            earlier -> {
              throw new RuleViolation(
                  "invoice.duplicate",
                  period + " of " + contract.reference() + " was invoiced as " + earlier.number(),
                  List.of(period.toString(), earlier.number()));
            });
  }

  private String vendorName(Contract contract) {
    Vendor vendor = em.find(Vendor.class, contract.vendorId());
    return vendor == null ? "" : vendor.name();
  }

  private static ResultsRejected rejected(ImportProblem problem) {
    return new ResultsRejected(List.of(problem), 1, true);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
