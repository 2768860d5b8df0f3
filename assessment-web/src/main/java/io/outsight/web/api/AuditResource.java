package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.core.audit.ChainVerification;
import io.outsight.registry.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail's verification for auditors' tools. Roles: AUDITOR, ADMIN. */
@Path("audit")
@RequestScoped
@Tag(name = "Audit trail")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditResource {

  @EJB private AuditTrail trail;

  /** Whether the chain is intact; if not, the first broken event and how it is broken. */
  public record Verification(
      boolean intact, long eventsChecked, Long brokenAt, ChainVerification.Breach breach) {}

  @GET
  @Path("verification")
  @Operation(
      operationId = "verifyAuditTrail",
      summary = "Walk the audit chain and name its first broken link",
      description =
          "EDITED: an event's content changed, or it was sealed without the trail's key; LINK_MISSING: an event does not"
              + " link to the one before; GAP: an event is missing; TRUNCATED: the newest events are missing; BEYOND_HEAD: events were"
              + " written past the recorded head; HEAD_MISMATCH: the newest event is not the recorded one; CHECKPOINT_FORGED,"
              + " CHECKPOINT_MISSING: the checkpoints outside the database were forged or removed; CHECKPOINT_MISMATCH: the trail does"
              + " not hold what a checkpoint recorded; BEHIND_CHECKPOINT: the trail ends before a checkpoint (an older backup);"
              + " UNANCHORED: keyed events but no checkpoint. Roles: AUDITOR, ADMIN.")
  public Verification verify() {
    ChainVerification verification = trail.verify();
    return new Verification(
        verification.intact(),
        verification.eventsChecked(),
        verification.firstBrokenLink().map(ChainVerification.BrokenLink::sequence).orElse(null),
        verification.firstBrokenLink().map(ChainVerification.BrokenLink::breach).orElse(null));
  }
}
