package io.outsight.reporting.audit;

import io.outsight.core.access.Roles;
import io.outsight.core.audit.Checkpoint;
import io.outsight.registry.audit.AuditEntry;
import io.outsight.registry.audit.AuditFilter;
import io.outsight.registry.audit.AuditTrail;
import io.outsight.registry.audit.CheckpointFiles;
import io.outsight.registry.audit.Checkpoints;
import io.outsight.reporting.csv.CsvDialect;
import io.outsight.reporting.csv.SpreadsheetCsv;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Exports the audit trail as CSV with each event's hash and its predecessor's, so that the file can
 * be checked against the chain. The trail is anchored first, and the file holds the events up to
 * that checkpoint and ends with the checkpoint itself (entity type {@value #CHECKPOINT}), so that
 * what an auditor takes away can later be held against the checkpoint directory.
 *
 * <p>It runs outside a transaction: each page is read in its own and let go, so neither memory nor
 * a pooled connection is held for the reader's download time.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditTrailExport {

  /** The entity type of the file's last row. */
  public static final String CHECKPOINT = "AuditCheckpoint";

  private static final int PAGE = 500;

  @EJB private AuditTrail trail;

  @EJB private Checkpoints checkpoints;

  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  public void exportCsv(AuditFilter filter, Locale language, Writer out) {
    Optional<Checkpoint> checkpoint = checkpoints.now();
    long through = checkpoint.map(Checkpoint::trailSequence).orElse(Long.MAX_VALUE);
    try (SpreadsheetCsv csv =
        new SpreadsheetCsv(
            out,
            CsvDialect.of(language),
            "sequence",
            "occurred_at",
            "actor",
            "entity_type",
            "entity_id",
            "action",
            "before",
            "after",
            "previous_hash",
            "hash")) {
      List<AuditEntry> page;
      long after = 0;
      do {
        page = trail.page(filter, after, through, PAGE);
        page.forEach(
            event ->
                csv.row(
                    event.sequence(),
                    event.occurredAt().toString(),
                    event.actor(),
                    event.entityType(),
                    event.entityId(),
                    event.action(),
                    event.before(),
                    event.after(),
                    event.previousHash(),
                    event.hash()));
        after = page.isEmpty() ? after : page.get(page.size() - 1).sequence();
      } while (page.size() == PAGE);
      checkpoint.ifPresent(
          anchor ->
              csv.row(
                  anchor.trailSequence(),
                  anchor.writtenAt().toString(),
                  "portal",
                  CHECKPOINT,
                  anchor.number(),
                  "CHECKPOINT",
                  null,
                  CheckpointFiles.json(anchor).toString(),
                  anchor.previousSeal(),
                  anchor.seal()));
    }
  }
}
