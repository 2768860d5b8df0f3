package io.outsight.registry.notification;

import io.outsight.core.access.Roles;
import io.outsight.core.notification.Finding;
import io.outsight.core.notification.NotificationKind;
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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the checks for what people should hear of: just after start (once the demo data, if asked
 * for, is in and ended terms are expired), then every {@code outsight.checks.every-minutes} (60),
 * each run followed by the mails wanted at once; the day's digests at {@code
 * outsight.notifications.digest-hour} (7, in the portal's {@code outsight.timezone}). Every
 * instance of a cluster has these timers; each run holds the cluster's lock and notes when it ran,
 * and an instance whose timer fires within half an interval of another's run leaves the checks to
 * it (and would find everything recorded and mailed anyway), so the checks run once per cluster.
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

  @Inject private Event<LateReportsFound> lateReports;

  @Resource private TimerService timers;

  @Inject
  @ConfigProperty(name = "outsight.checks.every-minutes", defaultValue = "60")
  long minutes;

  @Inject
  @ConfigProperty(name = "outsight.notifications.digest-hour", defaultValue = "7")
  int digestHour;

  /**
   * Whether the checks run right after start too, not only at the first interval: off where
   * something else runs them (the container tests, which run them when their records are ready).
   */
  @Inject
  @ConfigProperty(name = "outsight.checks.at-start", defaultValue = "true")
  boolean atStart;

  /** The zone of the digest's hour: the one the portal shows times in. */
  @Inject
  @ConfigProperty(name = "outsight.timezone", defaultValue = "Europe/Helsinki")
  String timezone;

  @PostConstruct
  void start() {
    if (minutes < 1 || digestHour < 0 || digestHour > 23) {
      throw new IllegalStateException(
          "outsight.checks.every-minutes must be 1 or more and outsight.notifications.digest-hour"
              + " an hour from 0 to 23 (in outsight.timezone): "
              + minutes
              + ", "
              + digestHour);
    }
    long every = Duration.ofMinutes(minutes).toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("scheduled checks", false));
    timers.createCalendarTimer(
        new ScheduleExpression().hour(digestHour).minute(0).timezone(timezone),
        new TimerConfig(DIGEST, false));
    if (atStart) {
      // the first run right after start, not during it: the portal answers while the checks read
      timers.createSingleActionTimer(1, new TimerConfig("scheduled checks at start", false));
    }
  }

  @Timeout
  void scheduled(Timer timer) {
    boolean digest = DIGEST.equals(timer.getInfo());
    try {
      run(digest, digest ? Duration.ZERO : Duration.ofMinutes(minutes).dividedBy(2));
    } catch (RuntimeException failed) {
      LOG.log(Level.SEVERE, "Scheduled checks failed; tried again at the next run", failed);
    }
  }

  /**
   * Runs the checks now, whenever another instance ran them, for an administrator who will not wait
   * for the hour.
   *
   * @param digest whether the day's digests are also mailed
   * @return the findings recorded by this run
   * @throws jakarta.ejb.EJBException when the checks could not run, for the administrator to see
   */
  @RolesAllowed(Roles.ADMIN)
  public List<Finding> runNow(boolean digest) {
    return run(digest, Duration.ZERO);
  }

  /**
   * @param gap how recent another instance's run may be for this one to leave the work to it
   */
  private List<Finding> run(boolean digest, Duration gap) {
    long started = System.nanoTime();
    Optional<List<Finding>> recorded = findings.recordNew(gap);
    int mailed = mail.sendPending(digest);
    Map<Long, List<String>> late = new TreeMap<>();
    recorded.orElse(List.of()).stream()
        .filter(finding -> finding.kind() == NotificationKind.REPORT_LATE)
        .forEach(
            finding ->
                late.computeIfAbsent(finding.subjectId(), contract -> new ArrayList<>())
                    .add(finding.detail()));
    if (!late.isEmpty()) {
      lateReports.fire(new LateReportsFound(late));
    }
    // one line a run, so an operator sees each instance take its turn
    LOG.info(
        String.format(
            "Scheduled checks%s: %s, %d notifications mailed (%d ms)",
            digest ? " with the daily digests" : "",
            recorded
                .map(found -> found.size() + " new findings")
                .orElse("left to the run another instance made moments ago"),
            mailed,
            (System.nanoTime() - started) / 1_000_000));
    return recorded.orElse(List.of());
  }
}
