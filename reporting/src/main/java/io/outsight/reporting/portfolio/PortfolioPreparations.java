package io.outsight.reporting.portfolio;

import io.outsight.core.access.Roles;
import io.outsight.extension.api.report.ReportDocument;
import io.outsight.registry.calendar.PortalClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Portfolio exports written in the background for the pages, so that a large one shows its progress
 * and its owner can leave the page and come back to download it. A prepared file waits for an hour,
 * on the instance that wrote it (a cluster's sessions stay on their instance while it runs), and is
 * removed once downloaded.
 */
@Singleton
@Lock(LockType.READ)
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class PortfolioPreparations {

  private static final Logger LOG = Logger.getLogger(PortfolioPreparations.class.getName());

  /** How long a prepared file waits for its owner. */
  static final Duration KEPT = Duration.ofHours(1);

  private final Map<String, PortfolioPreparation> preparations = new ConcurrentHashMap<>();

  @EJB private PortfolioExport portfolio;

  @Resource private SessionContext session;

  @Inject private PortalClock clock;

  /** Starts writing the export in the background; see {@link PortfolioExport#write}. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public PortfolioPreparation start(
      YearMonth from,
      YearMonth to,
      PortfolioExport.Content content,
      String format,
      ReportDocument.Labels words,
      Locale language,
      String fileName,
      String client) {
    PortfolioPreparation preparation =
        new PortfolioPreparation(
            UUID.randomUUID().toString(), caller(), fileName, format, clock.now());
    preparations.put(preparation.id(), preparation);
    portfolio.prepare(preparation, from, to, content, format, words, language, client);
    return preparation;
  }

  /** The caller's latest preparation, running or waiting to be downloaded. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Optional<PortfolioPreparation> latest() {
    String owner = caller();
    return preparations.values().stream()
        .filter(preparation -> preparation.owner().equals(owner))
        .max(Comparator.comparing(PortfolioPreparation::startedAt));
  }

  /** Hands the caller's prepared file over for download; it is then no longer kept here. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Optional<PortfolioPreparation> take(String id) {
    PortfolioPreparation found = preparations.get(id);
    if (found == null
        || !found.owner().equals(caller())
        || found.state() != PortfolioPreparation.State.READY) {
      return Optional.empty();
    }
    return Optional.ofNullable(preparations.remove(id));
  }

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void removeForgotten() {
    var now = clock.now();
    preparations
        .values()
        .removeIf(
            preparation -> {
              boolean forgotten =
                  preparation.endedAt().filter(ended -> ended.plus(KEPT).isBefore(now)).isPresent();
              if (forgotten) {
                preparation.file().ifPresent(PortfolioPreparations::remove);
              }
              return forgotten;
            });
  }

  private static void remove(PortfolioExport.Spooled file) {
    try {
      file.close();
    } catch (IOException stays) {
      LOG.log(
          Level.WARNING, "A prepared portfolio export could not be removed: " + file.file(), stays);
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
