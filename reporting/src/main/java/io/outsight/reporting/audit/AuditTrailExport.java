package io.outsight.reporting.audit;

import io.outsight.core.access.Roles;
import io.outsight.registry.audit.AuditEntry;
import io.outsight.registry.audit.AuditFilter;
import io.outsight.registry.audit.AuditTrail;
import io.outsight.reporting.csv.SpreadsheetCsv;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Writer;
import java.util.List;

/**
 * Exports the audit trail as CSV, page by page so that memory does not grow with the trail, with
 * each event's hash and its predecessor's, so that the file can be checked against the chain.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class AuditTrailExport {

  private static final int PAGE = 500;

  @EJB private AuditTrail trail;

  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  public void exportCsv(AuditFilter filter, Writer out) {
    try (SpreadsheetCsv csv = new SpreadsheetCsv(out, "sequence", "occurred_at", "actor", "entity_type", "entity_id",
        "action", "before", "after", "previous_hash", "hash")) {
      List<AuditEntry> page;
      int first = 0;
      do {
        page = trail.search(filter, first, PAGE);
        page.forEach(event -> csv.row(event.sequence(), event.occurredAt().toString(), event.actor(), event.entityType(),
            event.entityId(), event.action(), event.before(), event.after(), event.previousHash(), event.hash()));
        first += PAGE;
      } while (page.size() == PAGE);
    }
  }
}
