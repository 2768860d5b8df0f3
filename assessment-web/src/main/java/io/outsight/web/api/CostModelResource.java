package io.outsight.web.api;

import io.outsight.core.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evaluates the in-house versus outsourced cost model. Roles: PROCUREMENT, AUDITOR, ADMIN. */
@Path("cost-model")
@RequestScoped
@Tag(name = "Cost model")
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class CostModelResource {

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "evaluateCostModel",
      summary =
          "Compare in-house, outsourced sales and (with its inputs) lead generation month by month",
      description =
          "Cumulative cost and revenue, break-even, cost per lead and per deal, the crossover month and volume, and each"
              + " option's net when volume, vendor fees, vendor conversion or attrition move (the sensitivity table and the"
              + " tornado). Roles: PROCUREMENT, AUDITOR, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "Every option over the horizon",
      content = @Content(schema = @Schema(implementation = CostModelResponse.class)))
  @APIResponse(
      responseCode = "400",
      description = "A field is missing or out of range; the problem names it")
  public CostModelResponse evaluate(@NotNull @Valid CostModelRequest request) {
    return CostModelResponse.of(request.currency, request.toModel().compare());
  }
}
