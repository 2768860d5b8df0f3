package io.outsight.registry.ledger;

import io.outsight.core.access.Roles;
import io.outsight.core.compensation.CompensationModel;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.LedgerRules;
import io.outsight.core.ledger.MetricResult;
import io.outsight.core.ledger.ResultSource;
import io.outsight.core.ledger.ResultSubmission;
import io.outsight.core.ledger.ResultsFile;
import io.outsight.core.metric.MetricDefinition;
import io.outsight.core.metric.Period;
import io.outsight.core.metric.PeriodResults;
import io.outsight.core.report.ReportInput;
import io.outsight.core.rules.RuleViolation;
import io.outsight.core.vendor.Vendor;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.extension.InstalledMetrics;
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
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

  /** Fewer periods with results than this, and a report recommends nothing but more data. */
  @Inject
  @ConfigProperty(name = "outsight.report.minimum-periods", defaultValue = "3")
  private int minimumPeriods;

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
    if (fileName != null && fileName.length() > ResultSubmission.FILE_NAME_LENGTH) {
      throw new ResultsRejected(
          List.of(
              new ImportProblem(
                  0,
                  0,
                  "file",
                  "file-name-too-long",
                  List.of(String.valueOf(ResultSubmission.FILE_NAME_LENGTH)))),
          1,
          false);
    }
    ResultSubmission submission = open(ResultSource.CSV_IMPORT, fileName);
    Map<String, Optional<Contract>> contracts = new HashMap<>();
    Set<Long> touched = new LinkedHashSet<>();
    try (Connection connection = dataSource.getConnection();
        LedgerAppender appender =
            new LedgerAppender(
                connection, submission.id(), ResultSource.CSV_IMPORT, caller(), clock.now())) {
      ResultsFile.Reading reading =
          new ResultsFile(
                  installed.catalogue(),
                  reference -> contracts.computeIfAbsent(reference, this::lockedContract),
                  clock.today(),
                  lineLimit)
              .read(
                  content,
                  Optional.ofNullable(forContract),
                  line -> {
                    touched.add(line.contract().id());
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
                new ImportProblem(
                    0,
                    0,
                    "",
                    "already-imported",
                    List.of(
                        earlier.get().fileName().orElse(""),
                        earlier.get().submittedBy(),
                        earlier.get().submittedAt().toString()))),
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
      int unchanged = appender.dropUnchanged(touched);
      refuseUnexplained(appender, false);
      int superseded = appender.supersede(touched);
      int stored = reading.values() - unchanged;
      submission.completed(stored, reading.sha256());
      Set<String> references = references(contracts);
      audit.record(
          caller(),
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
    ResultSubmission submission = open(source, null);
    Map<String, Optional<Contract>> contracts = new HashMap<>();
    Set<Long> touched = new LinkedHashSet<>();
    List<ImportProblem> problems = new ArrayList<>();
    List<Map<String, Object>> before = new ArrayList<>();
    LocalDate today = clock.today();
    try (Connection connection = dataSource.getConnection();
        LedgerAppender appender =
            new LedgerAppender(connection, submission.id(), source, caller(), clock.now())) {
      for (int i = 0; i < entries.size(); i++) {
        ResultEntry entry = entries.get(i);
        int number = i + 1;
        Optional<Contract> contract =
            contracts.computeIfAbsent(
                Objects.requireNonNullElse(entry.contract(), ""), this::lockedContract);
        Optional<MetricDefinition> metric = installed.catalogue().find(entry.metric());
        Optional<Period> period = parse(entry.period());
        List<ImportProblem> found = problemsOf(entry, number, contract, metric, period, today);
        if (found.isEmpty()) {
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
            touched.add(contract.get().id());
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
      int unchanged = appender.dropUnchanged(touched);
      refuseUnexplained(appender, true);
      int superseded = appender.supersede(touched);
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
   * What is wrong with an entry, its fields numbered as columns: contract 1, metric 2, period 3,
   * value 4. Only a reported metric takes values.
   */
  private static List<ImportProblem> problemsOf(
      ResultEntry entry,
      int number,
      Optional<Contract> contract,
      Optional<MetricDefinition> metric,
      Optional<Period> period,
      LocalDate today) {
    List<ImportProblem> found = new ArrayList<>();
    if (contract.isEmpty()) {
      found.add(
          new ImportProblem(
              number,
              1,
              "contract",
              "unknown-contract",
              List.of(String.valueOf(entry.contract()))));
    }
    if (metric.isEmpty()) {
      found.add(
          new ImportProblem(
              number, 2, "metric", "unknown-metric", List.of(String.valueOf(entry.metric()))));
    } else if (!metric.get().reported()) {
      found.add(new ImportProblem(number, 2, "metric", "derived-metric", List.of(entry.metric())));
    }
    if (period.isEmpty()) {
      found.add(
          new ImportProblem(
              number, 3, "period", "bad-period", List.of(String.valueOf(entry.period()))));
    } else if (contract.isPresent()) {
      contract
          .get()
          .refusesResultsFor(period.get(), today)
          .ifPresent(
              code ->
                  found.add(
                      new ImportProblem(
                          number,
                          3,
                          "period",
                          code,
                          List.of(period.get().toString(), contract.get().reference()))));
    }
    if (entry.value() == null) {
      found.add(new ImportProblem(number, 4, "value", "missing-value", List.of()));
    } else if (entry.value().signum() < 0) {
      found.add(
          new ImportProblem(
              number, 4, "value", "negative", List.of(entry.value().toPlainString())));
    } else {
      metric
          .filter(MetricDefinition::reported)
          .flatMap(definition -> LedgerRules.refusesValue(definition, entry.value()))
          .ifPresent(
              code ->
                  found.add(
                      new ImportProblem(
                          number, 4, "value", code, List.of(entry.value().toPlainString()))));
    }
    LedgerRules.refusesReason(entry.reason())
        .ifPresent(
            code ->
                found.add(
                    new ImportProblem(
                        number,
                        5,
                        "reason",
                        code,
                        List.of(String.valueOf(LedgerRules.REASON_LENGTH)))));
    return found;
  }

  /**
   * A contract's periods from its start to today or its end, newest first, with their current
   * values.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<LedgerRow> grid(long contractId) {
    Contract contract = contract(contractId);
    List<MetricResult> values =
        em.createQuery(
                "select r from MetricResult r where r.contractId = :contract and r.supersededBy is null",
                MetricResult.class)
            .setParameter("contract", contractId)
            .getResultList();
    Map<Long, String> files = fileNames(values);
    Map<Period, Map<String, LedgerValue>> byPeriod = new HashMap<>();
    values.forEach(
        value ->
            byPeriod
                .computeIfAbsent(value.period(), period -> new LinkedHashMap<>())
                .put(value.metric(), ledgerValue(value, files)));
    LocalDate today = clock.today();
    Set<Period> late = new TreeSet<>(contract.lateReports(byPeriod.keySet(), today));
    LocalDate last =
        contract.term().currentEnd(today).filter(end -> end.isBefore(today)).orElse(today);
    List<LedgerRow> rows = new ArrayList<>();
    for (Period period =
            Period.containing(contract.term().start(), contract.schedule().cadence().months());
        !period.firstDay().isAfter(last);
        period = period.next()) {
      rows.add(
          0,
          new LedgerRow(
              period.toString(),
              contract.schedule().dueDate(period),
              late.contains(period),
              byPeriod.getOrDefault(period, Map.of())));
    }
    return rows;
  }

  /**
   * Every value recorded for a contract, metric and period, the current one first, then what it
   * superseded.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<LedgerValue> history(long contractId, String metric, String period) {
    Period asked = Period.parse(period);
    List<MetricResult> values =
        em.createQuery(
                "select r from MetricResult r where r.contractId = :contract and r.metric = :metric"
                    + " and r.periodStart = :start order by r.id desc",
                MetricResult.class)
            .setParameter("contract", contractId)
            .setParameter("metric", metric)
            .setParameter("start", asked.firstDay())
            .getResultList();
    Map<Long, String> files = fileNames(values);
    return values.stream().map(value -> ledgerValue(value, files)).toList();
  }

  /**
   * What a contract's success report over {@code from} to {@code to} is computed from: the
   * contract, its vendor, the installed model and metrics, the current values of those periods, and
   * the vendor's and all contracts' totals over the same days, for concentration.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public ReportInput reportInput(long contractId, Period from, Period to) {
    Contract contract = contract(contractId);
    List<Period> reportable = contract.reportablePeriods(clock.today());
    if (!reportable.contains(from) || !reportable.contains(to) || to.compareTo(from) < 0) {
      throw new RuleViolation(
          "report.range",
          "Contract "
              + contract.reference()
              + " can be reported from "
              + (reportable.isEmpty()
                  ? "its first ended period"
                  : reportable.get(0) + " to " + reportable.get(reportable.size() - 1))
              + ", from the earlier period to the later: not "
              + from
              + " to "
              + to,
          List.of(
              contract.reference(),
              reportable.isEmpty() ? "" : reportable.get(0).toString(),
              reportable.isEmpty() ? "" : reportable.get(reportable.size() - 1).toString()));
    }
    Vendor vendor = em.find(Vendor.class, contract.vendorId());
    CompensationModel model =
        installed
            .compensationModel(contract.compensation().modelId())
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "contract.unknown-model",
                        "No compensation model "
                            + contract.compensation().modelId()
                            + " is installed",
                        List.of(contract.compensation().modelId())));
    Map<Period, PeriodResults> results =
        byPeriod(
            em.createQuery(
                    "select r from MetricResult r where r.contractId = :contract"
                        + " and r.supersededBy is null and r.periodStart between :first and :last",
                    MetricResult.class)
                .setParameter("contract", contractId)
                .setParameter("first", from.firstDay())
                .setParameter("last", to.firstDay())
                .getResultList());
    return new ReportInput(
        contract,
        vendor.name(),
        model,
        installed.catalogue(),
        from,
        to,
        results,
        totals(" and c.vendorId = :vendor", contract.vendorId(), from, to),
        totals("", null, from, to),
        contract.inHouseMonthlyCost().orElse(null),
        clock.today(),
        minimumPeriods);
  }

  /**
   * The report inputs of every running contract over its last {@code periods} periods up to the one
   * running today (fewer when it began later), read in two queries: for the portfolio dashboard.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ReportInput> recentReportInputs(int periods) {
    LocalDate today = clock.today();
    List<Contract> running =
        em.createQuery(
                "select c from Contract c where c.status in :running order by c.reference",
                Contract.class)
            .setParameter("running", RUNNING)
            .getResultList();
    if (running.isEmpty()) {
      return List.of();
    }
    LocalDate earliest = Period.containing(today, 3).firstDay().minusMonths(3L * periods);
    Map<Long, List<MetricResult>> values =
        em.createQuery(
                "select r from MetricResult r, Contract c where c.id = r.contractId"
                    + " and c.status in :running and r.supersededBy is null and r.periodStart >= :earliest",
                MetricResult.class)
            .setParameter("running", RUNNING)
            .setParameter("earliest", earliest)
            .getResultStream()
            .collect(Collectors.groupingBy(MetricResult::contractId));
    Map<Long, String> vendorNames =
        em.createQuery(
                "select v from Vendor v where v.id in (select c.vendorId from Contract c"
                    + " where c.status in :running)",
                Vendor.class)
            .setParameter("running", RUNNING)
            .getResultStream()
            .collect(Collectors.toMap(Vendor::id, Vendor::name));
    List<ReportInput> inputs = new ArrayList<>();
    for (Contract contract : running) {
      List<Period> reportable = contract.reportablePeriods(today);
      Optional<CompensationModel> model =
          installed.compensationModel(contract.compensation().modelId());
      if (reportable.isEmpty() || model.isEmpty()) {
        continue;
      }
      Period last = reportable.get(reportable.size() - 1);
      Period back = reportable.get(Math.max(0, reportable.size() - periods));
      inputs.add(
          new ReportInput(
              contract,
              vendorNames.get(contract.vendorId()),
              model.get(),
              installed.catalogue(),
              back,
              last,
              byPeriod(values.getOrDefault(contract.id(), List.of())),
              null,
              null,
              contract.inHouseMonthlyCost().orElse(null),
              today,
              minimumPeriods));
    }
    return inputs;
  }

  /** The periods a report on the contract can cover today, oldest first. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<Period> reportablePeriods(long contractId) {
    return contract(contractId).reportablePeriods(clock.today());
  }

  /** Current values of one contract as the results of each period. */
  private static Map<Period, PeriodResults> byPeriod(List<MetricResult> values) {
    Map<Period, Map<String, BigDecimal>> byMetric = new HashMap<>();
    values.forEach(
        value ->
            byMetric
                .computeIfAbsent(value.period(), period -> new HashMap<>())
                .put(value.metric(), value.value()));
    Map<Period, PeriodResults> results = new HashMap<>();
    byMetric.forEach((period, metrics) -> results.put(period, new PeriodResults(metrics)));
    return results;
  }

  /**
   * Current values summed by metric over the days from {@code from} to {@code to}, for one vendor's
   * contracts or all.
   */
  private PeriodResults totals(String ofVendor, Long vendorId, Period from, Period to) {
    TypedQuery<Object[]> query =
        em.createQuery(
                "select r.metric, sum(r.value) from MetricResult r, Contract c where c.id = r.contractId"
                    + ofVendor
                    + " and r.supersededBy is null and r.periodStart between :first and :last group by r.metric",
                Object[].class)
            .setParameter("first", from.firstDay())
            .setParameter("last", to.lastDay());
    if (vendorId != null) {
      query.setParameter("vendor", vendorId);
    }
    Map<String, BigDecimal> sums = new HashMap<>();
    query.getResultList().forEach(row -> sums.put((String) row[0], (BigDecimal) row[1]));
    return new PeriodResults(sums);
  }

  /** The submissions that brought values, current or superseded, to these contracts. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<Long> submissionsFor(Collection<Long> contractIds) {
    if (contractIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct r.submissionId from MetricResult r where r.contractId in :contracts",
            Long.class)
        .setParameter("contracts", contractIds)
        .getResultList();
  }

  /**
   * The reports due and not received for running contracts, of one vendor or of all when {@code
   * vendorId} is null.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<LateReport> lateReports(Long vendorId) {
    String ofVendor = vendorId == null ? "" : " and c.vendorId = :vendor";
    TypedQuery<Contract> contracts =
        em.createQuery(
            "select c from Contract c where c.status in :running"
                + ofVendor
                + " order by c.reference",
            Contract.class);
    TypedQuery<Object[]> reportedPeriods =
        em.createQuery(
            "select r.contractId, r.periodStart from MetricResult r, Contract c"
                + " where c.id = r.contractId and c.status in :running"
                + ofVendor
                + " and r.supersededBy is null"
                + " group by r.contractId, r.periodStart",
            Object[].class);
    TypedQuery<Vendor> vendors =
        em.createQuery(
            "select v from Vendor v where v.id in (select c.vendorId from Contract c"
                + " where c.status in :running"
                + ofVendor
                + ")",
            Vendor.class);
    for (TypedQuery<?> query : List.of(contracts, reportedPeriods, vendors)) {
      query.setParameter("running", RUNNING);
      if (vendorId != null) {
        query.setParameter("vendor", vendorId);
      }
    }
    Map<Long, Set<LocalDate>> reported = new HashMap<>();
    reportedPeriods
        .getResultList()
        .forEach(
            row ->
                reported
                    .computeIfAbsent((Long) row[0], id -> new HashSet<>())
                    .add((LocalDate) row[1]));
    Map<Long, String> vendorNames =
        vendors.getResultList().stream().collect(Collectors.toMap(Vendor::id, Vendor::name));
    LocalDate today = clock.today();
    List<LateReport> late = new ArrayList<>();
    for (Contract contract : contracts.getResultList()) {
      int months = contract.schedule().cadence().months();
      Set<Period> periods =
          reported.getOrDefault(contract.id(), Set.of()).stream()
              .map(start -> Period.containing(start, months))
              .collect(Collectors.toSet());
      for (Period period : contract.lateReports(periods, today)) {
        late.add(
            new LateReport(
                contract.id(),
                contract.reference(),
                contract.vendorId(),
                vendorNames.get(contract.vendorId()),
                period.toString(),
                contract.schedule().dueDate(period)));
      }
    }
    return late;
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

  private ResultSubmission open(ResultSource source, String fileName) {
    ResultSubmission submission = new ResultSubmission(fileName, source, caller(), clock.now());
    em.persist(submission);
    em.flush();
    return submission;
  }

  /** The contract, locked until the submission ends, so that two submissions for it line up. */
  private Optional<Contract> lockedContract(String reference) {
    return em.createQuery("select c from Contract c where c.reference = :reference", Contract.class)
        .setParameter("reference", reference)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private Contract contract(long contractId) {
    Contract contract = em.find(Contract.class, contractId);
    if (contract == null) {
      throw new RuleViolation(
          "contract.unknown", "No contract " + contractId, List.of(String.valueOf(contractId)));
    }
    return contract;
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

  private Map<Long, String> fileNames(List<MetricResult> values) {
    Set<Long> submissions =
        values.stream().map(MetricResult::submissionId).collect(Collectors.toSet());
    if (submissions.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new HashMap<>();
    em.createQuery("select s from ResultSubmission s where s.id in :ids", ResultSubmission.class)
        .setParameter("ids", submissions)
        .getResultList()
        .forEach(
            submission ->
                submission.fileName().ifPresent(name -> names.put(submission.id(), name)));
    return names;
  }

  private static LedgerValue ledgerValue(MetricResult value, Map<Long, String> files) {
    return new LedgerValue(
        value.id(),
        value.metric(),
        value.period().toString(),
        value.value(),
        value.source(),
        value.recordedBy(),
        value.recordedAt(),
        value.submissionId(),
        files.get(value.submissionId()),
        value.sourceLine().orElse(null),
        value.correctionReason().orElse(null),
        value.current());
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
