package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.TermSheet;
import io.outsight.registry.contract.ContractDetails;
import io.outsight.registry.contract.ContractSummary;
import io.outsight.registry.contract.Contracts;
import io.outsight.registry.ledger.LedgerRow;
import io.outsight.registry.ledger.LedgerValue;
import io.outsight.registry.ledger.MetricLedger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Vendor contracts and their results. Roles: everyone signed in reads; PROCUREMENT and ADMIN draft,
 * amend and move contracts. A change names the version it was based on; a newer one answers 409.
 */
@Path("contracts")
@RequestScoped
@Tag(name = "Contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class ContractsResource {

  /** A new contract with a vendor. */
  public record Draft(long vendorId, TermSheet terms) {}

  /** New terms for the contract at {@code version}. */
  public record Amendment(long version, TermSheet terms) {}

  /** A move of the contract at {@code version} to {@code status}; terminating needs a reason. */
  public record StatusChange(long version, ContractStatus status, String reason) {}

  @EJB private Contracts contracts;

  @EJB private MetricLedger ledger;

  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Contracts by reference, optionally of one vendor or in one state", description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<ContractSummary> list(@QueryParam("vendor") Long vendorId, @QueryParam("status") ContractStatus status,
      @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("100") int max) {
    return contracts.list(vendorId, status, Math.max(first, 0), Math.min(Math.max(max, 1), 1000));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A contract's terms, state, next possible states and notice deadline", description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public ContractDetails contract(@PathParam("id") long id) {
    return contracts.details(id).orElseThrow(() -> new NotFoundException("No contract " + id));
  }

  @POST
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(summary = "Draft a contract with a vendor", description = "Roles: PROCUREMENT, ADMIN. 400 names invalid fields, 409 the rule the terms break.")
  public Response draft(@NotNull Draft draft) {
    long id = contracts.draft(draft.vendorId(), draft.terms());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(contract(id)).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(summary = "Amend a contract's terms", description = "Roles: PROCUREMENT, ADMIN. 409 contract.changed-meanwhile when the version is not the current one.")
  public ContractDetails amend(@PathParam("id") long id, @NotNull Amendment amendment) {
    return contracts.amend(id, amendment.version(), amendment.terms());
  }

  @POST
  @Path("{id}/status")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(summary = "Move a contract through its lifecycle", description = "DRAFT, ACTIVE, UNDER_REVIEW, RENEWED, TERMINATED, EXPIRED. Roles: PROCUREMENT, ADMIN.")
  public ContractDetails move(@PathParam("id") long id, @NotNull StatusChange change) {
    return contracts.moveTo(id, change.version(), change.status(), change.reason());
  }

  @GET
  @Path("{id}/results")
  @Operation(summary = "The contract's periods, newest first, with the current value of each metric", description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<LedgerRow> results(@PathParam("id") long id) {
    return ledger.grid(id);
  }

  @GET
  @Path("{id}/results/{metric}/{period}")
  @Operation(summary = "Every value recorded for a metric and period, the current one first", description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<LedgerValue> history(@PathParam("id") long id, @PathParam("metric") String metric, @PathParam("period") String period) {
    return ledger.history(id, metric, period);
  }
}
