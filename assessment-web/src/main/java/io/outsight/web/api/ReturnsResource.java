package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.core.ledger.ResultSource;
import io.outsight.extension.api.metric.ReportedMetric;
import io.outsight.registry.contract.Contracts;
import io.outsight.registry.ledger.LedgerReads;
import io.outsight.registry.ledger.MetricLedger;
import io.outsight.registry.ledger.ResultEntry;
import io.outsight.registry.ledger.ReturnedLeads;
import io.outsight.registry.ledger.SubmissionReceipt;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Leads returned under a contract. Roles: everyone signed in reads; PROCUREMENT and ADMIN record.
 * Many returns at once come in a results file or a results batch, as the metric leads-returned with
 * the day they were returned.
 */
@Path("contracts/{id}/returns")
@RequestScoped
@Tag(name = "Returned leads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class ReturnsResource {

  /** Leads delivered in {@code period} and returned on {@code returnedOn}, and why. */
  @Schema(name = "LeadReturn")
  public record Return(
      String period,
      @Schema(example = "2026-11-20") LocalDate returnedOn,
      BigDecimal leads,
      String reason) {}

  @EJB private LedgerReads reads;

  @EJB private MetricLedger ledger;

  @EJB private Contracts contracts;

  @GET
  @Operation(
      operationId = "listReturnedLeads",
      summary =
          "The contract's returned leads, the latest first, each with what it does to the payouts",
      description =
          "credit is CREDITED (within the dispute window, against the delivery period), ADJUSTED (within the window, but the period"
              + " was settled before: an adjustment in the next open period) or NOT_CREDITED (after the window). Roles: PROCUREMENT,"
              + " AUDITOR, ADMIN.")
  public List<ReturnedLeads> returns(
      @Parameter(description = "The contract's id") @PathParam("id") long id) {
    return reads.returns(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "recordReturnedLeads",
      summary = "Record leads returned from a delivery period",
      description =
          "period is the period the leads were delivered in (2026-10 or 2026-Q4), returnedOn the day they were returned: not"
              + " before the period begins, not after today. leads is a whole number from 1 to 1,000,000. 400 problem+json names the"
              + " field. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
  public Response record(
      @Parameter(description = "The contract's id") @PathParam("id") long id,
      @NotNull Return returned) {
    SubmissionReceipt receipt =
        ledger.record(
            List.of(
                new ResultEntry(
                    contracts
                        .details(id)
                        .orElseThrow(() -> new NotFoundException("No contract " + id))
                        .reference(),
                    ReportedMetric.LEADS_RETURNED.id(),
                    returned.period(),
                    returned.leads(),
                    returned.reason(),
                    returned.returnedOn(),
                    null)),
            ResultSource.API);
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }
}
