package io.outsight.registry.ledger;

import io.outsight.core.access.Roles;
import io.outsight.core.ledger.ImportState;
import io.outsight.core.ledger.ResultImport;
import io.outsight.registry.calendar.PortalClock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Results files imported in the background, so that a large file shows its progress and its sender
 * can leave the page and come back to how it ended. The ledger still takes each file in one
 * transaction, all or nothing ({@link MetricLedger#importFile}); the import's record is written in
 * transactions of its own beside it, so that it tells of a refusal or a failure too. The file is
 * spooled to a temporary file first, and removed once the import has ended.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class ResultImports {

  private static final Logger LOG = Logger.getLogger(ResultImports.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  /** How often the import's record is told how far the ledger has read. */
  private static final long PROGRESS_INTERVAL_MILLIS = 250;

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @EJB private MetricLedger ledger;

  @EJB private ImportHeartbeat heartbeat;

  @Resource private SessionContext session;

  @Inject private PortalClock clock;

  /**
   * Spools a results file to a temporary file, starts importing it and returns.
   *
   * @param forContract the reference of the contract the file is for when it has no contract
   *     column, or null
   * @return the import's id, by which its status is asked
   * @throws UncheckedIOException when the file could not be read or spooled; then nothing was
   *     started
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long submit(String fileName, InputStream content, String forContract) {
    ResultImports self = session.getBusinessObject(ResultImports.class);
    Path spooled = null;
    long id;
    try {
      spooled = Files.createTempFile("outsight-import-", ".csv");
      Files.copy(content, spooled, StandardCopyOption.REPLACE_EXISTING);
      id = self.open(fileName, forContract, Files.size(spooled));
    } catch (IOException | RuntimeException unstarted) {
      if (spooled != null) {
        delete(spooled);
      }
      throw unstarted instanceof IOException unreadable
          ? new UncheckedIOException(unreadable)
          : (RuntimeException) unstarted;
    }
    self.run(id, fileName, spooled, forContract);
    return id;
  }

  /**
   * The import's record, committed before the import starts, so that its status can be asked at
   * once.
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long open(String fileName, String forContract, long size) {
    ResultImport started =
        new ResultImport(
            fileName, forContract, session.getCallerPrincipal().getName(), size, clock.now());
    em.persist(started);
    em.flush();
    return started.id();
  }

  /** The import itself, on a thread of the container's, as the caller who submitted it. */
  @Asynchronous
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long id, String fileName, Path spooled, String forContract) {
    ResultImports self = session.getBusinessObject(ResultImports.class);
    heartbeat.watch(id);
    ImportStatus.Outcome outcome;
    ImportState end;
    long read = 0;
    try (ReadProgress content =
        new ReadProgress(
            Files.newInputStream(spooled),
            PROGRESS_INTERVAL_MILLIS,
            progress -> self.advance(id, progress))) {
      try {
        outcome = ImportStatus.Outcome.stored(ledger.importFile(fileName, content, forContract));
        end = ImportState.STORED;
      } finally {
        read = content.bytesRead();
      }
    } catch (ResultsRejected rejected) {
      outcome = ImportStatus.Outcome.rejected(rejected);
      end = ImportState.REJECTED;
    } catch (IOException | RuntimeException failed) {
      LOG.log(
          Level.WARNING,
          "The import " + id + " of " + fileName + " failed; the ledger stored nothing of it",
          failed);
      outcome = ImportStatus.Outcome.failed(String.valueOf(failed.getMessage()));
      end = ImportState.FAILED;
    } finally {
      heartbeat.forget(id);
      delete(spooled);
    }
    self.finish(id, end, JSON.toJson(outcome), read);
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void advance(long id, long bytesRead) {
    em.find(ResultImport.class, id).advance(bytesRead, clock.now());
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(long id, ImportState end, String outcomeJson, long bytesRead) {
    em.find(ResultImport.class, id).finish(end, outcomeJson, bytesRead, clock.now());
  }

  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public Optional<ImportStatus> status(long id) {
    return Optional.ofNullable(em.find(ResultImport.class, id)).map(this::status);
  }

  /** The latest imports for a contract, the newest first. */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public List<ImportStatus> recent(String contractReference, int max) {
    return em.createQuery(
            "select i from ResultImport i where i.contractReference = :contract order by i.submittedAt desc, i.id desc",
            ResultImport.class)
        .setParameter("contract", contractReference)
        .setMaxResults(max)
        .getResultStream()
        .map(this::status)
        .toList();
  }

  private ImportStatus status(ResultImport anImport) {
    Instant now = clock.now();
    ImportStatus.Outcome outcome =
        anImport
            .outcome()
            .map(json -> JSON.fromJson(json, ImportStatus.Outcome.class))
            .orElse(new ImportStatus.Outcome(null, null, null, null));
    return new ImportStatus(
        anImport.id(),
        anImport.fileName(),
        anImport.contractReference().orElse(null),
        anImport.submittedBy(),
        anImport.submittedAt(),
        anImport.stateAt(now),
        anImport.percentAt(now),
        anImport.bytesRead(),
        anImport.bytesTotal(),
        anImport.finishedAt().orElse(null),
        outcome.receipt(),
        outcome.problemCount(),
        outcome.problems(),
        outcome.failure());
  }

  private static void delete(Path spooled) {
    try {
      Files.deleteIfExists(spooled);
    } catch (IOException stays) {
      LOG.log(
          Level.WARNING, "The spooled results file " + spooled + " could not be removed", stays);
    }
  }
}
