package io.outsight.registry.ledger;

import io.outsight.core.access.Roles;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.LeadReturn;
import io.outsight.core.ledger.MetricResult;
import io.outsight.core.ledger.ResultCheck;
import io.outsight.core.ledger.ResultSource;
import io.outsight.core.ledger.ResultSubmission;
import io.outsight.core.ledger.ResultsFile;
import io.outsight.core.ledger.SpreadsheetFile;
import io.outsight.core.link.VendorLink;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.Period;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ContractLocks;
import io.outsight.registry.extension.InstalledMetrics;
import io.outsight.registry.rules.RefuseRuleViolations;
import io.outsight.registry.schema.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The metric ledger. Results come as a file, an API batch or a save of the grid, and each is taken
 * whole or not at all: one problem anywhere and nothing is stored, with every problem named. A
 * value for a contract, metric and period that has one already supersedes it; nothing is
 * overwritten. Writes to a contract's results are serialised by a lock on the contract.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class MetricLedger {

  private static final Set<ContractStatus> RUNNING = ContractStatus.runningStates();

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private InstalledMetrics installed;

  @Inject private AuditRecorder audit;

  @Resource private SessionContext session;

  @Inject private PortalClock clock;

  @Inject
  @ConfigProperty(
      name = "outsight.import.max-line-length",
      defaultValue = "" + ResultsFile.LINE_LIMIT)
  private int lineLimit;

  @Inject
  @ConfigProperty(name = "outsight.api.max-entries", defaultValue = "10000")
  private int batchLimit;

  /**
   * Imports a results file whole.
   *
   * @param forContract the reference of the contract the file is for when it has no contract
   *     column, or null
   * @throws ResultsRejected with every problem by line and column, or when the same file was
   *     imported before
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public SubmissionReceipt importFile(String fileName, InputStream content, String forContract) {
    return importWhole(fileName, content, forContract, caller(), reference -> true, true);
  }

  /**
   * Imports a vendor's results file whole through its link: lines for any contract but the link's
   * are refused as contracts the file cannot name, and the submission and the audit trail name the
   * link it came through. A file imported before is refused without naming who imported it, or as
   * what. Reached only through {@link io.outsight.registry.link.VendorLinks}, which opened the link
   * and holds its lock in this transaction.
   *
   * @param link the link, as opened and locked in the caller's transaction
   * @throws ResultsRejected as {@link #importFile}
   * @throws IllegalStateException for a link not opened in this transaction, or not for results
   */
  @PermitAll
  public SubmissionReceipt importThroughLink(
      VendorLink link, String fileName, InputStream content) {
    if (!em.contains(link)
        || link.purpose() != VendorLink.Purpose.RESULTS
        || !link.opensAt(clock.now())) {
      throw new IllegalStateException("a link must be opened and locked before it imports");
    }
    String reference = em.find(Contract.class, link.contractId().orElseThrow()).reference();
    link.usedAt(clock.now());
    return importWhole(
        fileName, content, reference, VendorLink.actor(link), reference::equals, false);
  }

  /**
   * @param forContract the reference of the contract the file is for when it has no contract
   *     column, or null
   * @param actor who the submission and the audit trail name
   * @param allowed the contract references the file may name; others are contracts it cannot
   * @param tellEarlier whether a file imported before is refused naming who imported it, as what
   *     and when
   */
  private SubmissionReceipt importWhole(
      String fileName,
      InputStream content,
      String forContract,
      String actor,
      Predicate<String> allowed,
      boolean tellEarlier) {
    ResultsRejected.refuseLongName(fileName);
    ResultSubmission submission = open(ResultSource.CSV_IMPORT, fileName, actor);
    AtomicInteger repeatedReturns = new AtomicInteger();
    Map<String, Optional<Contract>> contracts = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        ContractLocks locks = new ContractLocks(em, connection);
        LedgerAppender appender =
            new LedgerAppender(
                connection, submission.id(), ResultSource.CSV_IMPORT, actor, clock.now())) {
      SpreadsheetFile.Reading reading =
          new ResultsFile(
                  installed.catalogue(),
                  reference ->
                      allowed.test(reference)
                          ? contracts.computeIfAbsent(reference, locks::lockedByReference)
                          : Optional.empty(),
                  clock.today(),
                  lineLimit)
              .read(
                  content,
                  Optional.ofNullable(forContract),
                  line -> {
                    if (line.isReturn()) {
                      recordReturn(
                          new LeadReturn(
                              line.contract(),
                              line.period(),
                              line.returnedOn(),
                              line.value().intValueExact(),
                              line.reason(),
                              ResultSource.CSV_IMPORT,
                              actor,
                              clock.now(),
                              submission.id(),
                              line.line()),
                          repeatedReturns);
                      return;
                    }
                    append(
                        appender,
                        line.contract().id(),
                        line.metric(),
                        line.period(),
                        line.value(),
                        line.line(),
                        line.reason());
                  });
      Optional<ResultSubmission> earlier =
          em.createQuery(
                  "select s from ResultSubmission s where s.contentSha256 = :digest",
                  ResultSubmission.class)
              .setParameter("digest", reading.sha256())
              .getResultStream()
              .findFirst();
      if (earlier.isPresent()) {
        throw new ResultsRejected(
            List.of(
                tellEarlier
                    ? new ImportProblem(
                        0,
                        0,
                        "",
                        "already-imported",
                        List.of(
                            earlier.get().fileName().orElse(""),
                            earlier.get().submittedBy(),
                            earlier.get().submittedAt().toString()))
                    : new ImportProblem(0, 0, "", "already-imported-through-link", List.of())),
            1,
            false);
      }
      List<ImportProblem> problems = new ArrayList<>(reading.problems());
      List<ImportProblem> repeats = appender.repeats(ResultsFile.LISTED_PROBLEMS);
      problems.addAll(repeats);
      if (!problems.isEmpty()) {
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        throw new ResultsRejected(
            problems.subList(0, Math.min(problems.size(), ResultsFile.LISTED_PROBLEMS)),
            reading.problemCount() + repeats.size(),
            false);
      }
      int unchanged = appender.dropUnchanged() + repeatedReturns.get();
      refuseUnexplained(appender, false);
      int superseded = appender.supersede();
      int stored = reading.values() - unchanged;
      submission.completed(stored, reading.sha256());
      Set<String> references = references(contracts);
      audit.record(
          actor,
          "ResultSubmission",
          submission.id(),
          "IMPORTED",
          null,
          Map.of(
              "file",
              fileName,
              "sha256",
              reading.sha256(),
              "values",
              stored,
              "superseded",
              superseded,
              "unchanged",
              unchanged,
              "contracts",
              references));
      return new SubmissionReceipt(submission.id(), stored, superseded, unchanged, references);
    } catch (SQLException failed) {
      throw new PersistenceException("the ledger could not store the file " + fileName, failed);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /**
   * Records values from the grid ({@link ResultSource#MANUAL}) or the API ({@link
   * ResultSource#API}) whole. Problems name the entry by its number, from 1, and the field. From
   * the grid, a value saved meanwhile by someone else refuses the save. A batch of more entries
   * than the configured limit is refused whole before any is read: larger amounts come as a results
   * file.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public SubmissionReceipt record(List<ResultEntry> entries, ResultSource source) {
    if (entries.size() > batchLimit) {
      throw new ResultsRejected(
          List.of(
              new ImportProblem(0, 0, "", "batch-too-large", List.of(String.valueOf(batchLimit)))),
          1,
          false);
    }
    if (source == ResultSource.CSV_IMPORT) {
      throw new IllegalArgumentException("files are imported with importFile");
    }
    ResultSubmission submission = open(source, null, caller());
    AtomicInteger repeatedReturns = new AtomicInteger();
    Map<String, Optional<Contract>> contracts = new HashMap<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<Map<String, Object>> before = new ArrayList<>();
    ResultCheck check = new ResultCheck(clock.today());
    try (Connection connection = dataSource.getConnection();
        ContractLocks locks = new ContractLocks(em, connection);
        LedgerAppender appender =
            new LedgerAppender(connection, submission.id(), source, caller(), clock.now())) {
      for (int i = 0; i < entries.size(); i++) {
        ResultEntry entry = entries.get(i);
        int number = i + 1;
        Optional<Contract> contract =
            contracts.computeIfAbsent(
                Objects.requireNonNullElse(entry.contract(), ""), locks::lockedByReference);
        Optional<MetricDefinition> metric = installed.catalogue().find(entry.metric());
        Optional<Period> period = parse(entry.period());
        List<ImportProblem> found = problemsOf(entry, number, contract, metric, period, check);
        if (found.isEmpty() && ResultCheck.isReturn(metric.get())) {
          recordReturn(
              new LeadReturn(
                  contract.get(),
                  period.get(),
                  entry.returnedOn(),
                  entry.value().intValueExact(),
                  entry.reason(),
                  source,
                  caller(),
                  clock.now(),
                  submission.id(),
                  number),
              repeatedReturns);
        } else if (found.isEmpty()) {
          Optional<MetricResult> current =
              current(contract.get().id(), metric.get().id(), period.get());
          if (source == ResultSource.MANUAL
              && !Objects.equals(current.map(MetricResult::id).orElse(null), entry.seenValueId())) {
            found.add(
                new ImportProblem(
                    number,
                    4,
                    "value",
                    "changed-meanwhile",
                    List.of(metric.get().id(), period.get().toString())));
          } else {
            current.ifPresent(
                earlier ->
                    before.add(
                        Map.of(
                            "contract",
                            contract.get().reference(),
                            "metric",
                            earlier.metric(),
                            "period",
                            earlier.period().toString(),
                            "value",
                            earlier.value(),
                            "id",
                            earlier.id())));
            append(
                appender,
                contract.get().id(),
                metric.get().id(),
                period.get(),
                entry.value(),
                number,
                entry.reason());
          }
        }
        problems.addAll(found);
      }
      problems.addAll(appender.repeats(ResultsFile.LISTED_PROBLEMS));
      if (entries.isEmpty()) {
        problems.add(new ImportProblem(0, 0, "", "no-values", List.of()));
      }
      if (!problems.isEmpty()) {
        throw new ResultsRejected(
            problems.subList(0, Math.min(problems.size(), ResultsFile.LISTED_PROBLEMS)),
            problems.size(),
            true);
      }
      int unchanged = appender.dropUnchanged() + repeatedReturns.get();
      refuseUnexplained(appender, true);
      int superseded = appender.supersede();
      submission.completed(entries.size() - unchanged, null);
      audit.record(
          caller(),
          "ResultSubmission",
          submission.id(),
          "RECORDED",
          before.isEmpty() ? null : before,
          Map.of(
              "source",
              source.name(),
              "values",
              entries,
              "superseded",
              superseded,
              "unchanged",
              unchanged));
      return new SubmissionReceipt(
          submission.id(),
          entries.size() - unchanged,
          superseded,
          unchanged,
          references(contracts));
    } catch (SQLException failed) {
      throw new PersistenceException("the ledger could not store the values", failed);
    }
  }

  /**
   * What is wrong with an entry, by the same checks as a results file's line, each problem naming
   * the entry's field and its number as the column.
   */
  private static List<ImportProblem> problemsOf(
      ResultEntry entry,
      int number,
      Optional<Contract> contract,
      Optional<MetricDefinition> metric,
      Optional<Period> period,
      ResultCheck check) {
    List<Optional<ResultCheck.Refusal>> refusals = new ArrayList<>();
    refusals.add(check.contract(entry.contract(), contract));
    refusals.add(check.metric(entry.metric(), metric));
    if (period.isEmpty()) {
      refusals.add(
          Optional.of(
              new ResultCheck.Refusal(
                  ResultCheck.Field.PERIOD,
                  entry.period() == null ? "missing-value" : "bad-period",
                  List.of(String.valueOf(entry.period())))));
    } else if (contract.isPresent()) {
      refusals.add(check.period(contract.get(), period.get()));
    }
    metric.ifPresent(
        definition -> {
          refusals.add(check.value(definition, entry.value(), ResultCheck.shown(entry.value())));
          period.ifPresent(
              delivery ->
                  refusals.add(
                      check.returnedOn(
                          definition.id(),
                          delivery,
                          entry.returnedOn(),
                          String.valueOf(entry.returnedOn()))));
        });
    refusals.add(check.reason(entry.reason()));
    return refusals.stream()
        .flatMap(Optional::stream)
        .map(
            refusal ->
                new ImportProblem(
                    number,
                    refusal.field().number(),
                    refusal.field().property(),
                    refusal.code(),
                    refusal.arguments()))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static Optional<Period> parse(String period) {
    try {
      return period == null ? Optional.empty() : Optional.of(Period.parse(period));
    } catch (IllegalArgumentException notAPeriod) {
      return Optional.empty();
    }
  }

  private Optional<MetricResult> current(long contractId, String metric, Period period) {
    return em.createQuery(
            "select r from MetricResult r where r.contractId = :contract and r.metric = :metric"
                + " and r.periodStart = :start and r.supersededBy is null",
            MetricResult.class)
        .setParameter("contract", contractId)
        .setParameter("metric", metric)
        .setParameter("start", period.firstDay())
        .getResultStream()
        .findFirst();
  }

  private ResultSubmission open(ResultSource source, String fileName, String actor) {
    ResultSubmission submission = new ResultSubmission(fileName, source, actor, clock.now());
    em.persist(submission);
    em.flush();
    return submission;
  }

  private static void append(
      LedgerAppender appender,
      long contractId,
      String metric,
      Period period,
      BigDecimal value,
      int line,
      String reason) {
    try {
      appender.append(contractId, metric, period, value, line, reason);
    } catch (SQLException failed) {
      throw new PersistenceException("the ledger could not store a value", failed);
    }
  }

  /**
   * Records a return unless the same leads of the same period were recorded as returned on the same
   * day before: a file or batch sent again does not credit them twice. Such a return counts as
   * unchanged.
   */
  private void recordReturn(LeadReturn returned, AtomicInteger repeated) {
    boolean recordedBefore =
        !em.createQuery(
                "select r.id from LeadReturn r where r.contractId = :contract"
                    + " and r.periodStart = :start and r.returnedOn = :day and r.leads = :leads",
                Long.class)
            .setParameter("contract", returned.contractId())
            .setParameter("start", returned.delivery().firstDay())
            .setParameter("day", returned.returnedOn())
            .setParameter("leads", returned.leads())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (recordedBefore) {
      repeated.incrementAndGet();
    } else {
      em.persist(returned);
    }
  }

  /** Refuses the submission whole when a value corrects one without saying why. */
  private static void refuseUnexplained(LedgerAppender appender, boolean entries)
      throws SQLException {
    List<ImportProblem> unexplained =
        appender.correctionsWithoutReason(ResultsFile.LISTED_PROBLEMS);
    if (!unexplained.isEmpty()) {
      throw new ResultsRejected(unexplained, unexplained.size(), entries);
    }
  }

  private static Set<String> references(Map<String, Optional<Contract>> contracts) {
    return contracts.values().stream()
        .flatMap(Optional::stream)
        .map(Contract::reference)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
