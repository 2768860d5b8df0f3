package io.outsight.registry.audit;

import io.outsight.core.audit.ChainHead;
import io.outsight.core.audit.Checkpoint;
import io.outsight.registry.calendar.PortalClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Anchors the audit trail outside the database: a checkpoint of its head at start, every {@code
 * outsight.audit.checkpoint-minutes} (60) when the trail has moved, and after every export. The
 * head is locked while a checkpoint is written, so checkpoints of a cluster's instances line up one
 * after another, and each records a head that was committed.
 *
 * <p>A trail whose checkpoints are all gone gets no new first checkpoint, unless it has no event
 * sealed with its key yet (a new or just upgraded trail): otherwise removing the directory and
 * rewriting the database would start a fresh, consistent record. Verification names such a trail
 * unanchored until the directory is restored from its backup.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Checkpoints {

  private static final Logger LOG = Logger.getLogger(Checkpoints.class.getName());

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private AuditKey key;

  @Inject private CheckpointFiles files;

  @Inject private PortalClock clock;

  @Resource private TimerService timers;

  @Inject
  @ConfigProperty(name = "outsight.audit.checkpoint-minutes", defaultValue = "60")
  long minutes;

  @PostConstruct
  void start() {
    long every = Duration.ofMinutes(minutes).toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("audit checkpoint", false));
    write()
        .ifPresentOrElse(
            checkpoint ->
                LOG.info(
                    () ->
                        "Audit trail anchored in "
                            + files.directory()
                            + " at event "
                            + checkpoint.trailSequence()),
            () ->
                LOG.severe(
                    () ->
                        "The audit trail has events sealed with its key but "
                            + files.directory()
                            + " has no checkpoint: restore the directory from its backup; until then verification names the trail unanchored"));
  }

  /** Writes a checkpoint once the caller's transaction has committed, and only if it does. */
  public void afterCommit() {
    timers.createSingleActionTimer(1, new TimerConfig("audit checkpoint after an export", false));
  }

  @Timeout
  void scheduled() {
    write();
  }

  /**
   * The checkpoint of the head as committed now: a new one if the trail moved since the newest, or
   * none if the checkpoints were lost (see above). Not to be called while holding the head.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Checkpoint> now() {
    return write();
  }

  private Optional<Checkpoint> write() {
    ChainHead head = em.find(ChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
    Optional<Checkpoint> newest = files.newest();
    if (newest.isPresent() && !newest.get().behind(head)) {
      return newest;
    }
    if (newest.isEmpty() && head.lastSequence() > head.legacyThrough()) {
      return Optional.empty();
    }
    Checkpoint next = Checkpoint.of(head, newest, clock.now(), key.key());
    files.write(next);
    return Optional.of(next);
  }
}
