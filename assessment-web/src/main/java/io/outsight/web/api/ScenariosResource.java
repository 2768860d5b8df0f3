package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.core.costmodel.CostModel;
import io.outsight.registry.scenario.CostScenarios;
import io.outsight.registry.scenario.ScenarioDetails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cost model calculations kept as named scenarios, each save a new revision. Roles: read
 * PROCUREMENT, AUDITOR, ADMIN; save PROCUREMENT, ADMIN.
 */
@Path("scenarios")
@RequestScoped
@Tag(name = "Cost scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScenariosResource {

  @EJB private CostScenarios scenarios;

  @Context private UriInfo uri;

  @GET
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "listScenarios",
      summary = "Every scenario at its newest revision, by name",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<ScenarioResponse> list() {
    return scenarios.latest().stream().map(ScenarioResponse::of).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "getScenario",
      summary = "A scenario at its newest revision, with its inputs and each option's figures",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The scenario's newest revision",
      content = @Content(schema = @Schema(implementation = ScenarioResponse.class)))
  @APIResponse(responseCode = "404", description = "No such scenario")
  public ScenarioResponse scenario(
      @Parameter(description = "The cost scenario's id") @PathParam("id") long id) {
    return revision(id, null);
  }

  @GET
  @Path("{id}/revisions")
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "listScenarioRevisions",
      summary = "Every revision of a scenario, the newest first",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "Every revision, the first first",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = ScenarioResponse.class)))
  @APIResponse(responseCode = "404", description = "No such scenario")
  public List<ScenarioResponse> revisions(
      @Parameter(description = "The cost scenario's id") @PathParam("id") long id) {
    List<ScenarioResponse> revisions =
        scenarios.revisions().stream()
            .filter(details -> details.scenarioId() == id)
            .map(ScenarioResponse::of)
            .toList();
    if (revisions.isEmpty()) {
      throw new NotFoundException("No cost scenario " + id);
    }
    return revisions;
  }

  @GET
  @Path("{id}/revisions/{revision}")
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "getScenarioRevision",
      summary = "One revision of a scenario, as it was saved",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The revision",
      content = @Content(schema = @Schema(implementation = ScenarioResponse.class)))
  @APIResponse(responseCode = "404", description = "No such scenario or revision")
  public ScenarioResponse revision(
      @Parameter(description = "The cost scenario's id") @PathParam("id") long id,
      @Parameter(description = "The revision's number, from 1") @PathParam("revision")
          Integer revision) {
    return scenarios
        .revision(id, revision)
        .map(ScenarioResponse::of)
        .orElseThrow(
            () -> new NotFoundException("No cost scenario " + id + " revision " + revision));
  }

  @POST
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "saveScenario",
      summary = "Save a calculation as a new scenario",
      description =
          "The inputs are those of POST /cost-model; the figures are computed and kept with the revision. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "Saved as revision 1; Location names it",
      content = @Content(schema = @Schema(implementation = ScenarioResponse.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A field is missing or out of range, or the readiness assessment does not exist")
  public Response save(@NotNull @Valid ScenarioRequest request) {
    CostModel model = request.inputs.toModel();
    ScenarioDetails saved =
        scenarios.save(
            request.name,
            request.readinessAssessmentId,
            CostModelRequest.of(model).toJson(),
            model);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(saved.scenarioId())).build())
        .entity(ScenarioResponse.of(saved))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "reviseScenario",
      summary = "Save a calculation as the scenario's next revision",
      description =
          "version must be the scenario's version as read; the earlier revisions stay. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "Saved as the next revision",
      content = @Content(schema = @Schema(implementation = ScenarioResponse.class)))
  @APIResponse(responseCode = "400", description = "A field is missing or out of range")
  @APIResponse(responseCode = "404", description = "No such scenario")
  @APIResponse(
      responseCode = "409",
      description = "scenario.changed-meanwhile: someone saved it since it was read")
  public ScenarioResponse revise(
      @Parameter(description = "The cost scenario's id") @PathParam("id") long id,
      @NotNull @Valid ScenarioRequest.Revision request) {
    CostModel model = request.inputs.toModel();
    return ScenarioResponse.of(
        scenarios.revise(
            id,
            request.version,
            request.name,
            request.readinessAssessmentId,
            CostModelRequest.of(model).toJson(),
            model));
  }
}
