package io.outsight.registry.audit;

import io.outsight.core.audit.AuditEvent;
import io.outsight.core.audit.ChainHead;
import io.outsight.registry.calendar.PortalClock;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Appends an event for a change, in the transaction of the change: both are saved, or neither. The
 * chain's head is locked while appending, so that concurrent changes line up one after another, and
 * it is the last lock a transaction takes: the change is written first, so a writer never holds the
 * head while it waits for a contract or a vendor another writer holds. States are written as JSON.
 */
@Dependent
public class AuditRecorder {

  /** Who the audit trail names for what the portal does by itself. */
  public static final String PORTAL = "outsight";

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private PortalClock clock;

  @Inject private AuditKey key;

  public void record(
      String actor,
      String entityType,
      Object entityId,
      String action,
      Object before,
      Object after) {
    em.flush();
    ChainHead head = em.find(ChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
    AuditEvent event =
        head.append(
            key.key(),
            clock.now(),
            actor,
            entityType,
            String.valueOf(entityId),
            action,
            json(before),
            json(after));
    em.persist(event);
  }

  private static String json(Object state) {
    return state == null ? null : JSON.toJson(state);
  }
}
