package io.outsight.registry.notification;

import io.outsight.core.access.Roles;
import io.outsight.core.access.UserAccount;
import io.outsight.core.assessment.ApprovalCondition;
import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.notification.Delivery;
import io.outsight.core.notification.Finding;
import io.outsight.core.notification.Notification;
import io.outsight.core.notification.Watch;
import io.outsight.core.settlement.Invoice;
import io.outsight.core.settlement.Settlement;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorStatus;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.ledger.LateReport;
import io.outsight.registry.ledger.LateReports;
import io.outsight.registry.schema.StartupLock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One run of the scheduled checks: what {@link Watch} finds today that was not found before is
 * recorded, and brought to the people responsible. The run holds the cluster's lock and notes when
 * it ran: an instance whose timer fires within half an interval of another's run leaves the work to
 * that run, so the checks run once per cluster.
 *
 * <p>Responsible for a contract are whoever drafted it and whoever registered its vendor (for an
 * invoice, also whoever recorded it); for a vendor, whoever registered it, and for a condition of
 * its approval also whoever set it and the condition's owner where that names an account. Only
 * enabled accounts in procurement or administration count, and, when people sign in through the
 * identity provider, names the portal has no account for; where none counts (the demo data's, say),
 * every enabled procurement account is told.
 *
 * <p>Local, no-interface beans: only the portal's own timer and an administrator's request reach
 * them, so they need no role of their own.
 */
@Stateless
@PermitAll
public class FindingRecords {

  /** How many keys are asked about in one query. */
  private static final int BATCH = 500;

  private static final String JOB = "checks";

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private PortalClock clock;

  @Inject private MailServer mail;

  @Inject
  @ConfigProperty(name = "outsight.checks.notice-days", defaultValue = "30")
  int noticeDays;

  @Inject
  @ConfigProperty(name = "outsight.checks.term-end-days", defaultValue = "60")
  int termEndDays;

  @Inject
  @ConfigProperty(name = "outsight.checks.reassessment-days", defaultValue = "30")
  int reassessmentDays;

  @Inject
  @ConfigProperty(name = "outsight.checks.late-report-days", defaultValue = "90")
  int lateReportDays;

  @Inject
  @ConfigProperty(name = "outsight.openid.provider-uri")
  Optional<String> identityProvider;

  /**
   * @param gap how long after another instance's run this one leaves the work to it; zero to run
   *     whatever
   * @return the findings recorded now, none of which had been found before; empty when the run was
   *     left to another instance's
   */
  public Optional<List<Finding>> recordNew(Duration gap) {
    StartupLock.hold(em);
    Instant now = clock.now();
    Number last =
        (Number)
            em.createNativeQuery("select last_run_millis from scheduled_run where job = ?1")
                .setParameter(1, JOB)
                .getSingleResult();
    if (last != null && !gap.isZero() && now.toEpochMilli() - last.longValue() < gap.toMillis()) {
      return Optional.empty();
    }
    em.createNativeQuery("update scheduled_run set last_run_millis = ?1 where job = ?2")
        .setParameter(1, now.toEpochMilli())
        .setParameter(2, JOB)
        .executeUpdate();
    Map<String, UserAccount> accounts = accounts();
    return Optional.of(record(candidates(clock.today(), accounts), accounts, now));
  }

  /**
   * Records what happened rather than was found (a vendor's answers submitted), and brings it to
   * the people named, as a run of the checks would; in the caller's transaction, so it is told only
   * if what it tells of stands. Mailed at the next run, as the people chose.
   *
   * @return whether it was recorded now, not before
   */
  public boolean recordHappened(Finding finding, String... responsible) {
    Map<String, UserAccount> accounts = accounts();
    Candidates candidates = new Candidates();
    candidates.add(finding, responsible);
    return !record(candidates, accounts, clock.now()).isEmpty();
  }

  private Map<String, UserAccount> accounts() {
    return em.createQuery("select u from UserAccount u", UserAccount.class)
        .getResultStream()
        .collect(Collectors.toMap(UserAccount::username, account -> account));
  }

  /** Everything worth telling today, each with the names of the people responsible. */
  private Candidates candidates(LocalDate today, Map<String, UserAccount> accounts) {
    Watch watch = new Watch(noticeDays, termEndDays, reassessmentDays, lateReportDays);
    Candidates candidates = new Candidates();
    Map<Long, String[]> vendors = new HashMap<>();
    em.createQuery("select v.id, v.name, v.registeredBy from Vendor v", Object[].class)
        .getResultList()
        .forEach(
            row -> vendors.put((Long) row[0], new String[] {(String) row[1], (String) row[2]}));

    Map<Long, String> drafters = new HashMap<>();
    for (Contract contract :
        em.createQuery("select c from Contract c where c.status in :running", Contract.class)
            .setParameter("running", ContractStatus.runningStates())
            .getResultList()) {
      String[] vendor = vendors.get(contract.vendorId());
      drafters.put(contract.id(), contract.createdBy());
      for (Finding finding : watch.contract(contract, vendor[0], today)) {
        candidates.add(finding, contract.createdBy(), vendor[1]);
      }
    }
    for (LateReport late : LateReports.find(em, null, today)) {
      watch
          .lateReport(
              late.contractId(),
              late.contractReference(),
              late.vendorId(),
              late.vendorName(),
              late.period(),
              late.due(),
              today)
          .ifPresent(
              finding ->
                  candidates.add(
                      finding, drafters.get(late.contractId()), vendors.get(late.vendorId())[1]));
    }
    for (Vendor vendor :
        em.createQuery(
                "select v from Vendor v where v.status in :assessed and v.reassessBy <= :horizon",
                Vendor.class)
            .setParameter(
                "assessed",
                List.of(
                    VendorStatus.APPROVED,
                    VendorStatus.CONDITIONALLY_APPROVED,
                    VendorStatus.ACTIVE))
            .setParameter("horizon", today.plusDays(reassessmentDays))
            .getResultList()) {
      watch
          .reassessment(vendor, today)
          .ifPresent(finding -> candidates.add(finding, vendor.registeredBy()));
    }
    for (Object[] row :
        em.createQuery(
                "select c, v from ApprovalCondition c, Vendor v where v.id = c.vendorId"
                    + " and c.closedAt is null and c.dueOn < :today",
                Object[].class)
            .setParameter("today", today)
            .getResultList()) {
      ApprovalCondition condition = (ApprovalCondition) row[0];
      Vendor vendor = (Vendor) row[1];
      watch
          .condition(condition, vendor, today)
          .ifPresent(
              finding ->
                  candidates.add(
                      finding,
                      // the owner is free text, taken only where it names an account
                      accounts.containsKey(condition.owner()) ? condition.owner() : null,
                      condition.setBy(),
                      vendor.registeredBy()));
    }
    for (Object[] row :
        em.createQuery(
                "select i, s, c from Invoice i, Settlement s, Contract c"
                    + " where s.contractId = i.contractId and s.periodStart = i.periodStart"
                    + " and c.id = i.contractId and i.acceptedAt is null",
                Object[].class)
            .getResultList()) {
      Invoice invoice = (Invoice) row[0];
      Contract contract = (Contract) row[2];
      String[] vendor = vendors.get(contract.vendorId());
      watch
          .invoiceVariance(invoice, ((Settlement) row[1]).total(), contract, vendor[0])
          .ifPresent(
              finding ->
                  candidates.add(finding, contract.createdBy(), invoice.recordedBy(), vendor[1]));
    }
    return candidates;
  }

  private List<Finding> record(
      Candidates candidates, Map<String, UserAccount> accounts, Instant now) {
    Set<String> known = new HashSet<>();
    List<String> keys = List.copyOf(candidates.findings.keySet());
    for (int first = 0; first < keys.size(); first += BATCH) {
      known.addAll(
          em.createQuery("select f.key from Finding f where f.key in :keys", String.class)
              .setParameter("keys", keys.subList(first, Math.min(keys.size(), first + BATCH)))
              .getResultList());
    }
    List<Finding> recorded = new ArrayList<>();
    for (Finding finding : candidates.findings.values()) {
      if (known.contains(finding.key())) {
        continue;
      }
      finding.foundAt(now);
      em.persist(finding);
      for (String recipient : recipients(candidates.responsible.get(finding.key()), accounts)) {
        em.persist(
            new Notification(finding, recipient, delivery(accounts.get(recipient), finding), now));
      }
      recorded.add(finding);
    }
    return recorded;
  }

  /**
   * How the person chose to hear of the finding's kind, or not by mail when the portal has no
   * address of theirs or no mail server is configured.
   */
  private Delivery delivery(UserAccount recipient, Finding finding) {
    if (!mail.configured() || recipient == null || recipient.email().isEmpty()) {
      return Delivery.NEVER;
    }
    return recipient.deliveries().get(finding.kind());
  }

  private List<String> recipients(Set<String> responsible, Map<String, UserAccount> accounts) {
    List<String> named =
        responsible.stream()
            .filter(
                name -> {
                  UserAccount account = accounts.get(name);
                  return account == null
                      ? identityProvider.filter(uri -> !uri.isBlank()).isPresent()
                      : account.enabled()
                          && (account.roles().contains(Roles.PROCUREMENT)
                              || account.roles().contains(Roles.ADMIN));
                })
            .toList();
    if (!named.isEmpty()) {
      return named;
    }
    return accounts.values().stream()
        .filter(account -> account.enabled() && account.roles().contains(Roles.PROCUREMENT))
        .map(UserAccount::username)
        .sorted()
        .toList();
  }

  /** The findings of a run by key, and for each the names of everyone responsible. */
  private static final class Candidates {

    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final Map<String, Set<String>> responsible = new HashMap<>();

    void add(Finding finding, String... usernames) {
      findings.putIfAbsent(finding.key(), finding);
      responsible
          .computeIfAbsent(finding.key(), key -> new LinkedHashSet<>())
          .addAll(
              Stream.of(usernames)
                  .filter(Objects::nonNull)
                  .map(String::strip)
                  .collect(Collectors.toList()));
    }
  }
}
