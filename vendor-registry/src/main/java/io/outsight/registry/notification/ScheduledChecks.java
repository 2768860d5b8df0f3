package io.outsight.registry.notification;

import io.outsight.core.access.Roles;
import io.outsight.core.notification.Finding;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the checks for what people should hear of: just after start (once the demo data, if asked
 * for, is in and ended terms are expired), then every {@code outsight.checks.every-minutes} (60),
 * each run followed by the mails wanted at once; the day's digests at {@code
 * outsight.notifications.digest-hour} (7, the server's time zone). Every instance of a cluster has
 * these timers; each run holds the cluster's lock, and an instance that runs after another finds
 * everything recorded and mailed, so the work is done once per cluster.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrations", "DemoData", "ContractExpiry"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@PermitAll
public class ScheduledChecks {

  private static final Logger LOG = Logger.getLogger(ScheduledChecks.class.getName());

  private static final String DIGEST = "daily digest";

  @EJB private FindingRecords findings;

  @EJB private NotificationMail mail;

  @Resource private TimerService timers;

  @Inject
  @ConfigProperty(name = "outsight.checks.every-minutes", defaultValue = "60")
  long minutes;

  @Inject
  @ConfigProperty(name = "outsight.notifications.digest-hour", defaultValue = "7")
  int digestHour;

  @PostConstruct
  void start() {
    long every = Duration.ofMinutes(minutes).toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("scheduled checks", false));
    timers.createCalendarTimer(
        new ScheduleExpression().hour(digestHour).minute(0), new TimerConfig(DIGEST, false));
    // the first run right after start, not during it: the portal answers while the checks read
    timers.createSingleActionTimer(1, new TimerConfig("scheduled checks at start", false));
  }

  @Timeout
  void scheduled(Timer timer) {
    run(DIGEST.equals(timer.getInfo()));
  }

  /**
   * Runs the checks now, as the timers would, for an administrator who will not wait for the hour.
   *
   * @param digest whether the day's digests are also mailed
   * @return the findings recorded by this run
   */
  @RolesAllowed(Roles.ADMIN)
  public List<Finding> runNow(boolean digest) {
    return run(digest);
  }

  private List<Finding> run(boolean digest) {
    long started = System.nanoTime();
    List<Finding> recorded = List.of();
    int mailed = 0;
    try {
      recorded = findings.recordNew();
    } catch (RuntimeException failed) {
      LOG.log(Level.SEVERE, "Scheduled checks failed; tried again at the next run", failed);
    }
    try {
      mailed = mail.sendPending(digest);
    } catch (RuntimeException failed) {
      LOG.log(Level.SEVERE, "Mailing notifications failed; tried again at the next run", failed);
    }
    // one line a run, so an operator sees each instance take its turn
    LOG.info(
        String.format(
            "Scheduled checks%s: %d new findings, %d notifications mailed (%d ms)",
            digest ? " with the daily digests" : "",
            recorded.size(),
            mailed,
            (System.nanoTime() - started) / 1_000_000));
    return recorded;
  }
}
