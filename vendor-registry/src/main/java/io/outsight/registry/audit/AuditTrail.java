package io.outsight.registry.audit;

import io.outsight.core.access.Roles;
import io.outsight.core.audit.AuditEvent;
import io.outsight.core.audit.ChainHead;
import io.outsight.core.audit.ChainVerification;
import io.outsight.core.audit.Checkpoint;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The audit trail for auditors: what changed, filtered by entity, actor and time; and is it
 * complete and unaltered, and if not, where does it break?
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class AuditTrail {

  private static final int PAGE = 1_000;

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private AuditKey key;

  @Inject private CheckpointFiles checkpoints;

  /** The events matching the filter, oldest first, a page at a time. */
  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  public List<AuditEntry> search(AuditFilter filter, int first, int pageSize) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> event = query.from(AuditEvent.class);
    query.where(matching(cb, event, filter)).orderBy(cb.asc(event.get("sequence")));
    return em.createQuery(query)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultStream()
        .map(AuditEntry::of)
        .toList();
  }

  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  public long count(AuditFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<AuditEvent> event = query.from(AuditEvent.class);
    query.select(cb.count(event)).where(matching(cb, event, filter));
    return em.createQuery(query).getSingleResult();
  }

  /**
   * The newest changes to some records of one type, newest first: the history a record's own page
   * shows to everyone who may read the record.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<AuditEntry> history(String entityType, Collection<String> entityIds, int limit) {
    if (entityIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from AuditEvent e where e.entityType = :type and e.entityId in :ids order by e.sequence desc",
            AuditEvent.class)
        .setParameter("type", entityType)
        .setParameter("ids", entityIds)
        .setMaxResults(limit)
        .getResultStream()
        .map(AuditEntry::of)
        .toList();
  }

  private static Predicate[] matching(
      CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
    List<Predicate> predicates = new ArrayList<>();
    if (hasText(filter.entityType())) {
      predicates.add(cb.equal(event.get("entityType"), filter.entityType().strip()));
    }
    if (hasText(filter.entityId())) {
      predicates.add(cb.equal(event.get("entityId"), filter.entityId().strip()));
    }
    if (hasText(filter.actor())) {
      predicates.add(cb.equal(event.get("actor"), filter.actor().strip()));
    }
    if (filter.from() != null) {
      predicates.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), filter.from()));
    }
    if (filter.until() != null) {
      predicates.add(cb.lessThan(event.get("occurredAt"), filter.until()));
    }
    return predicates.toArray(Predicate[]::new);
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  /**
   * The events matching the filter with sequences after {@code after} up to {@code through}, oldest
   * first: a long trail read page by page, each page as quick as the first.
   */
  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  public List<AuditEntry> page(AuditFilter filter, long after, long through, int pageSize) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> event = query.from(AuditEvent.class);
    List<Predicate> predicates = new ArrayList<>(List.of(matching(cb, event, filter)));
    predicates.add(cb.greaterThan(event.get("sequence"), after));
    predicates.add(cb.lessThanOrEqualTo(event.get("sequence"), through));
    query.where(predicates.toArray(Predicate[]::new)).orderBy(cb.asc(event.get("sequence")));
    return em.createQuery(query)
        .setMaxResults(pageSize)
        .getResultStream()
        .map(AuditEntry::of)
        .toList();
  }

  /**
   * Checks every link of the trail, that it ends at its head, and that it holds what every
   * checkpoint outside the database recorded, reading it a page at a time. The checkpoints are read
   * before the head, so that none can be newer than the head it is compared with.
   */
  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  public ChainVerification verify() {
    List<Checkpoint> anchors = checkpoints.all();
    ChainHead head = em.find(ChainHead.class, 1);
    ChainVerification verification =
        ChainVerification.of(() -> pages(head.lastSequence()), head, key.key(), anchors);
    if (!verification.intact()) {
      return verification;
    }
    // Changes committed during the walk (a background import, other users) add events past the
    // head it started from, together with a head that covers them: read in one statement, the
    // newest event and the head agree unless an event was written behind the portal's back.
    Object[] now =
        (Object[])
            em.createNativeQuery(
                    "select last_sequence, (select max(sequence) from audit_event)"
                        + " from audit_chain_head where id = 1")
                .getSingleResult();
    long headNow = ((Number) now[0]).longValue();
    return now[1] != null && ((Number) now[1]).longValue() > headNow
        ? ChainVerification.beyondHead(verification.eventsChecked(), headNow)
        : verification;
  }

  /**
   * The trail in sequence order, {@value #PAGE} events a query, each page let go before the next is
   * read: verifying a trail of millions of events takes the memory of one page.
   */
  private Iterator<AuditEvent> pages(long throughSequence) {
    return new Iterator<>() {
      private Iterator<AuditEvent> page = Collections.emptyIterator();
      private long after;
      private boolean lastPage;

      @Override
      public boolean hasNext() {
        if (!page.hasNext() && !lastPage) {
          em.clear();
          List<AuditEvent> next =
              em.createQuery(
                      "select e from AuditEvent e where e.sequence > :after"
                          + " and e.sequence <= :through order by e.sequence",
                      AuditEvent.class)
                  .setParameter("after", after)
                  .setParameter("through", throughSequence)
                  .setMaxResults(PAGE)
                  .getResultList();
          lastPage = next.size() < PAGE;
          page = next.iterator();
        }
        return page.hasNext();
      }

      @Override
      public AuditEvent next() {
        AuditEvent event = page.next();
        after = event.sequence();
        return event;
      }
    };
  }
}
