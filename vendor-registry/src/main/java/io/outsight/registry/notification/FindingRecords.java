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
import io.outsight.core.vendor.Vendor;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.ledger.LateReport;
import io.outsight.registry.schema.StartupLock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One run of the scheduled checks: what {@link Watch} finds today that was not found before is
 * recorded, and brought to the people responsible. The run holds the cluster's lock, so the
 * instances of a cluster run it one after another and the later ones find it all recorded.
 *
 * <p>Responsible for a contract are whoever drafted it and whoever registered its vendor; for a
 * vendor, whoever registered it, and for a condition of its approval also the condition's owner and
 * whoever set it. Only enabled accounts in procurement or administration count; where none does
 * (the demo data's, say), every enabled procurement account is told.
 */
@Stateless
@PermitAll
public class FindingRecords {

  /** How many keys are asked about in one query. */
  private static final int BATCH = 500;

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

  /**
   * @return the findings recorded now, none of which had been found before
   */
  public List<Finding> recordNew() {
    StartupLock.hold(em);
    LocalDate today = clock.today();
    Watch watch = new Watch(noticeDays, termEndDays, reassessmentDays);
    Map<Long, Vendor> vendors =
        em.createQuery("select v from Vendor v", Vendor.class).getResultList().stream()
            .collect(Collectors.toMap(Vendor::id, Function.identity()));
    Map<Finding, Set<String>> candidates = new LinkedHashMap<>();

    for (Contract contract :
        em.createQuery(
                "select c from Contract c where c.status in :running order by c.reference",
                Contract.class)
            .setParameter("running", ContractStatus.runningStates())
            .getResultList()) {
      Vendor vendor = vendors.get(contract.vendorId());
      for (Finding finding : watch.contract(contract, vendor.name(), today)) {
        candidates.put(finding, names(contract.createdBy(), vendor.registeredBy()));
      }
    }
    Map<Long, String> drafters =
        em
            .createQuery(
                "select c.id, c.createdBy from Contract c where c.status in :running",
                Object[].class)
            .setParameter("running", ContractStatus.runningStates())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    for (LateReport late : LateReport.find(em, null, today)) {
      candidates.put(
          watch.lateReport(
              late.contractId(),
              late.contractReference(),
              late.vendorId(),
              late.vendorName(),
              late.period(),
              late.due()),
          names(drafters.get(late.contractId()), vendors.get(late.vendorId()).registeredBy()));
    }
    for (Vendor vendor : vendors.values()) {
      watch
          .reassessment(vendor, today)
          .ifPresent(finding -> candidates.put(finding, names(vendor.registeredBy())));
    }
    for (ApprovalCondition condition :
        em.createQuery(
                "select c from ApprovalCondition c where c.closedAt is null and c.dueOn < :today",
                ApprovalCondition.class)
            .setParameter("today", today)
            .getResultList()) {
      Vendor vendor = vendors.get(condition.vendorId());
      watch
          .condition(condition, vendor, today)
          .ifPresent(
              finding ->
                  candidates.put(
                      finding, names(condition.owner(), condition.setBy(), vendor.registeredBy())));
    }
    return record(candidates);
  }

  private List<Finding> record(Map<Finding, Set<String>> candidates) {
    Map<String, Finding> byKey = new LinkedHashMap<>();
    candidates.keySet().forEach(finding -> byKey.putIfAbsent(finding.key(), finding));
    Set<String> known = new HashSet<>();
    List<String> keys = List.copyOf(byKey.keySet());
    for (int first = 0; first < keys.size(); first += BATCH) {
      known.addAll(
          em.createQuery("select f.key from Finding f where f.key in :keys", String.class)
              .setParameter("keys", keys.subList(first, Math.min(keys.size(), first + BATCH)))
              .getResultList());
    }
    List<UserAccount> accounts =
        em.createQuery(
                "select u from UserAccount u where u.enabled = true order by u.username",
                UserAccount.class)
            .getResultList();
    Instant now = clock.now();
    List<Finding> recorded = new ArrayList<>();
    for (Finding finding : byKey.values()) {
      if (known.contains(finding.key())) {
        continue;
      }
      finding.foundAt(now);
      em.persist(finding);
      for (UserAccount recipient : recipients(candidates.get(finding), accounts)) {
        em.persist(
            new Notification(finding, recipient.username(), delivery(recipient, finding), now));
      }
      recorded.add(finding);
    }
    return recorded;
  }

  /**
   * How the person chose to hear of the finding's kind, or not by mail when they have no address or
   * no mail server is configured.
   */
  private Delivery delivery(UserAccount recipient, Finding finding) {
    if (!mail.configured() || recipient.email().isEmpty()) {
      return Delivery.NEVER;
    }
    return recipient.deliveries().get(finding.kind());
  }

  private static List<UserAccount> recipients(Set<String> responsible, List<UserAccount> enabled) {
    List<UserAccount> named =
        enabled.stream()
            .filter(account -> responsible.contains(account.username()))
            .filter(
                account ->
                    account.roles().contains(Roles.PROCUREMENT)
                        || account.roles().contains(Roles.ADMIN))
            .toList();
    return named.isEmpty()
        ? enabled.stream().filter(account -> account.roles().contains(Roles.PROCUREMENT)).toList()
        : named;
  }

  private static Set<String> names(String... usernames) {
    return Stream.of(usernames)
        .filter(Objects::nonNull)
        .map(String::strip)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
