package io.outsight.registry.ledger;

import io.outsight.core.ledger.ImportState;
import io.outsight.registry.calendar.PortalClock;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells, every ten seconds, that this instance is still running its imports, also while the ledger
 * is past reading the file and storing it. An import whose instance stopped or was killed falls
 * silent, and readers see it interrupted ({@link io.outsight.core.ledger.ResultImport#stateAt}).
 */
@Singleton
@Lock(LockType.READ)
public class ImportHeartbeat {

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private PortalClock clock;

  private final Set<Long> running = ConcurrentHashMap.newKeySet();

  public void watch(long importId) {
    running.add(importId);
  }

  public void forget(long importId) {
    running.remove(importId);
  }

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  void beat() {
    if (running.isEmpty()) {
      return;
    }
    em.createQuery(
            "update ResultImport i set i.heartbeatAt = :now where i.id in :running and i.state = :state")
        .setParameter("now", clock.now())
        .setParameter("running", List.copyOf(running))
        .setParameter("state", ImportState.RUNNING)
        .executeUpdate();
  }
}
