package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.core.contract.ContractClauses;
import io.outsight.core.vendor.ServiceOffering;
import io.outsight.core.vendor.VendorDetails;
import io.outsight.core.vendor.VendorOrder;
import io.outsight.core.vendor.VendorProfile;
import io.outsight.core.vendor.VendorSearch;
import io.outsight.core.vendor.VendorStatus;
import io.outsight.core.vendor.VendorSummary;
import io.outsight.registry.assessment.ApprovalConditions;
import io.outsight.registry.assessment.ConditionDetails;
import io.outsight.registry.contract.ClauseChecks;
import io.outsight.registry.vendor.Vendors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The vendor registry: the list with the page's filters and sorting, a vendor, registering one,
 * keeping its profile up to date, moving it through its lifecycle by hand, and the conditions of
 * its approval. Reading: every role; changing: PROCUREMENT, ADMIN.
 */
@Path("vendors")
@RequestScoped
@Tag(name = "Vendors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VendorsResource {

  @EJB private Vendors vendors;

  @EJB private ApprovalConditions conditions;

  @EJB private ClauseChecks clauseChecks;

  @Context private UriInfo uri;

  @GET
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "listVendors",
      summary = "Vendors, filtered and sorted as on the vendor list",
      description =
          "name matches anywhere and businessId from its start, ignoring case; sort is NAME, BUSINESS_ID, COUNTRY, STATUS or REGISTERED_AT. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<VendorSummary> list(
      @Parameter(description = "Only vendors whose name contains this, ignoring case")
          @QueryParam("name")
          String name,
      @Parameter(description = "Only vendors whose business ID starts with this, ignoring case")
          @QueryParam("businessId")
          String businessId,
      @Parameter(
              description = "Only vendors registered in this country (ISO 3166 code, such as FI)")
          @QueryParam("country")
          String country,
      @Parameter(description = "Only vendors that offer this service") @QueryParam("service")
          ServiceOffering service,
      @Parameter(description = "Only vendors in this lifecycle state") @QueryParam("status")
          VendorStatus status,
      @Parameter(description = "What to sort by") @QueryParam("sort") @DefaultValue("NAME")
          VendorOrder.Key sort,
      @Parameter(description = "Whether to sort ascending (true) or descending (false)")
          @QueryParam("ascending")
          @DefaultValue("true")
          Boolean ascending,
      @Parameter(description = "How many to skip from the start of the list, for paging")
          @QueryParam("first")
          @DefaultValue("0")
          Integer first,
      @Parameter(description = "How many at most, 1 to 1000")
          @QueryParam("max")
          @DefaultValue("100")
          Integer max) {
    return vendors.search(
        new VendorSearch(name, businessId, country, service, status),
        new VendorOrder(sort, ascending),
        Math.max(first, 0),
        QueryValues.pageSize(max));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "getVendor",
      summary = "A vendor's profile, state, last risk tier and next assessment",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The vendor",
      content = @Content(schema = @Schema(implementation = VendorDetails.class)))
  @APIResponse(responseCode = "404", description = "No such vendor")
  public VendorDetails vendor(
      @Parameter(description = "The vendor's id") @PathParam("id") long id) {
    return vendors.details(id).orElseThrow(() -> new NotFoundException("No vendor " + id));
  }

  @POST
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "registerVendor",
      summary = "Register a vendor as a prospect",
      description = "A business ID is registered once. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names it",
      content = @Content(schema = @Schema(implementation = VendorDetails.class)))
  @APIResponse(responseCode = "400", description = "A field is missing or invalid, by name")
  @APIResponse(responseCode = "409", description = "The business ID is registered already")
  public Response register(@NotNull @Valid VendorProfile profile) {
    long id = vendors.register(profile);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(vendor(id))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "updateVendor",
      summary = "Keep a vendor's profile up to date",
      description =
          "Name, website, contact and services; the business ID and country stay as registered. version must be the one read. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The profile as stored",
      content = @Content(schema = @Schema(implementation = VendorDetails.class)))
  @APIResponse(responseCode = "400", description = "A field is missing or invalid, by name")
  @APIResponse(
      responseCode = "409",
      description = "Changed meanwhile (stale version), or another business ID")
  public VendorDetails update(
      @Parameter(description = "The vendor's id") @PathParam("id") long id,
      @NotNull @Valid ProfileUpdate update) {
    return vendors.update(id, update.version(), update.profile());
  }

  @POST
  @Path("{id}/status")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "moveVendor",
      summary = "Move a vendor through its lifecycle by hand",
      description =
          "ACTIVE, SUSPENDED, OFFBOARDED or REJECTED as the vendor's state allows; rejecting, suspending and offboarding need a reason. Due diligence alone assesses and approves. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The vendor in its new state",
      content = @Content(schema = @Schema(implementation = VendorDetails.class)))
  @APIResponse(
      responseCode = "409",
      description = "The move is not allowed, lacks a reason, or the vendor changed meanwhile")
  public VendorDetails move(
      @Parameter(description = "The vendor's id") @PathParam("id") long id,
      @NotNull @Valid StatusMove move) {
    return vendors.moveTo(id, move.version(), move.status(), move.reason());
  }

  @GET
  @Path("{id}/implied-clauses")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "getImpliedClauses",
      summary = "The clauses a contract with the vendor starts with, from its due diligence",
      description =
          "Our protective clauses and the facts the vendor's latest approved due diligence gave; send them as the clauses of POST /contracts. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The clauses the vendor's latest approved due diligence implies",
      content = @Content(schema = @Schema(implementation = ContractClauses.class)))
  @APIResponse(responseCode = "404", description = "No approved due diligence of the vendor")
  public ContractClauses impliedClauses(
      @Parameter(description = "The vendor's id") @PathParam("id") long id) {
    vendor(id);
    return clauseChecks
        .impliedFor(id)
        .orElseThrow(() -> new NotFoundException("No approved due diligence of vendor " + id));
  }

  @GET
  @Path("{id}/conditions")
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "listConditions",
      summary = "The conditions of the vendor's approvals, open ones first, overdue ones marked",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<ConditionDetails> conditions(
      @Parameter(description = "The vendor's id") @PathParam("id") long id) {
    vendor(id);
    return conditions.ofVendor(id);
  }

  @POST
  @Path("{id}/conditions/{condition}/closing")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "closeCondition",
      summary = "Close a condition of approval with a note on how it was met",
      description = "version must be the one read. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The condition, closed",
      content = @Content(schema = @Schema(implementation = ConditionDetails.class)))
  @APIResponse(
      responseCode = "409",
      description = "No note, closed before, or changed meanwhile (stale version)")
  public ConditionDetails close(
      @Parameter(description = "The vendor's id") @PathParam("id") long id,
      @Parameter(description = "The condition of approval's id") @PathParam("condition")
          long conditionId,
      @NotNull @Valid AssessmentRequests.ConditionClosing closing) {
    if (conditions.ofVendor(id).stream().noneMatch(condition -> condition.id() == conditionId)) {
      throw new NotFoundException("No condition " + conditionId + " of vendor " + id);
    }
    return conditions.close(conditionId, closing.version(), closing.note());
  }

  /** A vendor's profile as it is to be, and the version it was read at. */
  @Schema(name = "VendorProfileUpdate")
  public record ProfileUpdate(@NotNull Long version, @NotNull @Valid VendorProfile profile) {}

  /** A move by hand to another state, with its reason (at most 1000 characters) where needed. */
  @Schema(name = "VendorStatusMove")
  public record StatusMove(@NotNull Long version, @NotNull VendorStatus status, String reason) {}
}
