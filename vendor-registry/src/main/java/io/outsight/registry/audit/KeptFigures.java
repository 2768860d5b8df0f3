package io.outsight.registry.audit;

import io.outsight.registry.calendar.PortalClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figures computed from the registry, kept while it has not changed and the day has not turned: a
 * page many people open, the dashboard or a success report, is computed once a change instead of
 * once a view.
 *
 * <p>Every change appends its event to the audit trail in the change's own transaction ({@link
 * AuditRecorder}), so the head of the trail moves with every commit, made on this instance of a
 * cluster or on another. The head is read before the figures are computed, so what is kept under a
 * head is never older than the head. Callers compute in a transaction of their own, so that nothing
 * they keep was read from a change not yet committed.
 */
@ApplicationScoped
public class KeptFigures {

  /**
   * Figures of this many keys (contracts and ranges of periods), the least recently asked for go
   * first.
   */
  private static final int KEPT = 256;

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private PortalClock clock;

  private final Map<Object, Kept> kept =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Kept> eldest) {
              return size() > KEPT;
            }
          });

  private record Kept(long change, LocalDate day, Object figures) {

    boolean after(Kept other) {
      return change > other.change || change == other.change && day.isAfter(other.day);
    }
  }

  /**
   * The figures under {@code key} as computed since the registry's last change today, or computed
   * now by {@code figures} and kept.
   *
   * @param key equal for the same figures, and for nothing else
   */
  public <V> V of(Object key, Class<V> type, Supplier<V> figures) {
    return of(key, type, lastChange(), clock.today(), figures);
  }

  /** The figures under {@code key} as of {@code change} on {@code day}. */
  <V> V of(Object key, Class<V> type, long change, LocalDate day, Supplier<V> figures) {
    Kept found = kept.get(key);
    if (found != null && found.change() == change && found.day().equals(day)) {
      return type.cast(found.figures());
    }
    V computed = figures.get();
    // of two computed at once, the one of the later change or day stays
    kept.merge(
        key, new Kept(change, day, computed), (before, now) -> now.after(before) ? now : before);
    return computed;
  }

  private long lastChange() {
    return ((Number)
            em.createNativeQuery("select last_sequence from audit_chain_head where id = 1")
                .getSingleResult())
        .longValue();
  }
}
