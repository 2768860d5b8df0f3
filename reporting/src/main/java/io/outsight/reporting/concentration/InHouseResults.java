package io.outsight.reporting.concentration;

import io.outsight.core.access.Roles;
import io.outsight.core.concentration.InHouseResult;
import io.outsight.core.concentration.InHouseResultsFile;
import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.LedgerRules;
import io.outsight.core.ledger.SpreadsheetFile;
import io.outsight.core.rules.EnteredText;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.ledger.ResultsRejected;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Our own people's results by channel and month, imported whole or not at all, or entered by hand:
 * what each vendor's share is measured against. A value given again replaces the one before, and
 * the audit trail keeps both. Procurement and administrators record them; everyone signed in reads
 * them.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class InHouseResults {

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  @Resource private SessionContext session;

  /**
   * Imports a file of our own results.
   *
   * @throws ResultsRejected with every problem by line and column; nothing is stored then
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public InHouseReceipt importFile(String fileName, InputStream content) {
    ResultsRejected.refuseLongName(fileName);
    List<InHouseResultsFile.Line> lines = new ArrayList<>();
    SpreadsheetFile.Reading reading;
    try {
      reading = new InHouseResultsFile(YearMonth.from(clock.today())).read(content, lines::add);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    if (!reading.clean()) {
      throw new ResultsRejected(reading.problems(), reading.problemCount(), false);
    }
    Map<String, Object> before = new TreeMap<>();
    Map<String, Object> after = new TreeMap<>();
    int replaced = 0;
    for (InHouseResultsFile.Line line : lines) {
      replaced +=
          store(
              line.channel(),
              line.month(),
              line.values(),
              fileName + ", line " + line.line(),
              before,
              after);
    }
    after.put("file", String.valueOf(fileName));
    after.put("sha256", reading.sha256());
    // the trail names an event's subject in 60 characters: the digest's first half names the file
    audit.record(
        caller(), "InHouseResults", reading.sha256().substring(0, 32), "IMPORTED", before, after);
    return new InHouseReceipt(reading.values(), replaced);
  }

  /**
   * Records a channel's month by hand.
   *
   * @throws ResultsRejected naming the metric whose value cannot be recorded, or the month when it
   *     has not begun
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  public InHouseReceipt enter(String channel, YearMonth month, Map<String, BigDecimal> values) {
    String checked =
        EnteredText.checked(
            "channel", channel == null ? "" : channel.strip(), InHouseResult.MAX_CHANNEL, false);
    List<ImportProblem> problems = new ArrayList<>();
    if (month == null || month.isAfter(YearMonth.from(clock.today()))) {
      problems.add(
          new ImportProblem(0, 0, "month", "future-period", List.of(String.valueOf(month))));
    }
    Map<String, BigDecimal> given = new LinkedHashMap<>();
    values.forEach(
        (metric, value) -> {
          if (value != null) {
            ReportedMetric reported = ReportedMetric.byId(metric).orElseThrow();
            LedgerRules.refusesValue(reported.unit(), value)
                .ifPresentOrElse(
                    code ->
                        problems.add(
                            new ImportProblem(0, 0, metric, code, List.of(value.toPlainString()))),
                    () -> given.put(metric, value));
          }
        });
    if (given.isEmpty() && problems.isEmpty()) {
      problems.add(new ImportProblem(0, 0, "", "no-entry-values", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new ResultsRejected(problems, problems.size(), true);
    }
    Map<String, Object> before = new TreeMap<>();
    Map<String, Object> after = new TreeMap<>();
    int replaced = store(checked, month, given, "Entered by hand", before, after);
    audit.record(caller(), "InHouseResults", month.toString(), "ENTERED", before, after);
    return new InHouseReceipt(given.size(), replaced);
  }

  /** The months from {@code from} to {@code to}, newest first, each channel by name. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<InHouseMonth> months(YearMonth from, YearMonth to) {
    Map<String, List<InHouseResult>> byMonth = new TreeMap<>();
    em.createQuery(
            "select r from InHouseResult r where r.monthStart between :from and :to",
            InHouseResult.class)
        .setParameter("from", from.atDay(1))
        .setParameter("to", to.atDay(1))
        .getResultStream()
        .forEach(
            result ->
                byMonth
                    .computeIfAbsent(
                        result.month() + "\n" + result.channel(), key -> new ArrayList<>())
                    .add(result));
    return byMonth.values().stream()
        .map(InHouseResults::month)
        .sorted(
            Comparator.comparing(InHouseMonth::month)
                .reversed()
                .thenComparing(InHouseMonth::channel))
        .toList();
  }

  private static InHouseMonth month(List<InHouseResult> results) {
    Map<String, BigDecimal> values = new TreeMap<>();
    results.forEach(result -> values.put(result.metricId(), result.value()));
    InHouseResult latest =
        results.stream().max(Comparator.comparing(InHouseResult::recordedAt)).orElseThrow();
    return new InHouseMonth(
        latest.channel(),
        latest.month(),
        values.get(ReportedMetric.LEADS_CREATED.id()),
        values.get(ReportedMetric.MEETINGS_BOOKED.id()),
        values.get(ReportedMetric.DEALS_CLOSED.id()),
        values.get(ReportedMetric.REVENUE.id()),
        latest.recordedBy(),
        latest.recordedAt(),
        latest.source());
  }

  /** Stores a channel's month; returns how many values replaced earlier ones. */
  private int store(
      String channel,
      YearMonth month,
      Map<String, BigDecimal> values,
      String source,
      Map<String, Object> before,
      Map<String, Object> after) {
    // a channel is one whatever the case it is written in: its values stay under one spelling
    Map<String, InHouseResult> stored = new TreeMap<>();
    em.createQuery(
            "select r from InHouseResult r where lower(r.channel) = :channel and r.monthStart = :month",
            InHouseResult.class)
        .setParameter("channel", channel.toLowerCase(Locale.ROOT))
        .setParameter("month", month.atDay(1))
        .getResultStream()
        .forEach(result -> stored.put(result.metricId(), result));
    String spelled =
        em.createQuery(
                "select r.channel from InHouseResult r where lower(r.channel) = :channel",
                String.class)
            .setParameter("channel", channel.toLowerCase(Locale.ROOT))
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(channel);
    int replaced = 0;
    for (Map.Entry<String, BigDecimal> value : values.entrySet()) {
      String key = spelled + " " + month + " " + value.getKey();
      InHouseResult earlier = stored.get(value.getKey());
      if (earlier == null) {
        em.persist(
            new InHouseResult(
                channel, month, value.getKey(), value.getValue(), caller(), clock.now(), source));
      } else {
        before.put(key, earlier.value());
        earlier.record(value.getValue(), caller(), clock.now(), source);
        replaced++;
      }
      after.put(key, value.getValue());
    }
    return replaced;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
