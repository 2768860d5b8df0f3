package io.outsight.registry.contract;

import io.outsight.core.contract.Contract;
import io.outsight.core.contract.ContractStatus;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.schema.StartupLock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Expires every running fixed-term contract whose term is over, each with an audit event by the
 * portal itself: daily just after midnight, and at every start for the days the portal was down.
 * Every instance of a cluster runs the timer; they take turns under the cluster's lock ({@link
 * StartupLock}), and the later ones find nothing left to expire, so the work is done once per
 * cluster.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@PermitAll
public class ContractExpiry {

  private static final Logger LOG = Logger.getLogger(ContractExpiry.class.getName());

  /** How many contracts are expired before what was written is let go. */
  private static final int BATCH = 200;

  /** How many of the contracts expired at once the log names. */
  private static final int LOGGED = 20;

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private AuditRecorder audit;

  @Inject private PortalClock clock;

  @PostConstruct
  void atStart() {
    expireEnded();
  }

  @Schedule(hour = "0", minute = "10", persistent = false)
  void daily() {
    expireEnded();
  }

  /**
   * @return the references of the contracts expired now
   */
  public List<String> expireEnded() {
    StartupLock.hold(em);
    LocalDate today = clock.today();
    List<Long> ended =
        em.createQuery(
                "select c.id from Contract c where c.status in :running and c.evergreen = false"
                    + " and c.endsOn < :today order by c.reference",
                Long.class)
            .setParameter("running", ContractStatus.runningStates())
            .setParameter("today", today)
            .getResultList();
    List<String> expired = new ArrayList<>();
    for (int first = 0; first < ended.size(); first += BATCH) {
      for (Contract contract :
          em.createQuery(
                  "select c from Contract c where c.id in :ids order by c.reference",
                  Contract.class)
              .setParameter("ids", ended.subList(first, Math.min(ended.size(), first + BATCH)))
              .getResultList()) {
        ContractState before = ContractState.of(contract);
        contract.moveTo(ContractStatus.EXPIRED, null, today);
        audit.record(
            AuditRecorder.PORTAL,
            "Contract",
            contract.id(),
            "STATUS_CHANGED",
            before,
            ContractState.of(contract));
        expired.add(contract.reference());
      }
      // the audit trail flushes before every event, and a flush looks at every entity held: held
      // all along, a thousand contracts ending on one day would cost a million looks
      em.flush();
      em.clear();
    }
    if (!expired.isEmpty()) {
      LOG.info(
          () ->
              "Expired "
                  + expired.size()
                  + " contracts whose term is over: "
                  + String.join(", ", expired.subList(0, Math.min(expired.size(), LOGGED)))
                  + (expired.size() > LOGGED ? " and " + (expired.size() - LOGGED) + " more" : ""));
    }
    return expired;
  }
}
