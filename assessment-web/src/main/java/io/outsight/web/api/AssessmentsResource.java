package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.registry.assessment.ApprovalConditions;
import io.outsight.registry.assessment.AssessmentDetails;
import io.outsight.registry.assessment.Assessments;
import io.outsight.registry.assessment.DueDiligence;
import io.outsight.registry.assessment.ReadinessAssessments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Assessments: start, answer, submit and review. Reading: every role; changing: PROCUREMENT, ADMIN.
 */
@Path("assessments")
@RequestScoped
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentsResource {

  @EJB private Assessments assessments;

  @EJB private DueDiligence dueDiligence;

  @EJB private ReadinessAssessments readiness;

  @EJB private ApprovalConditions conditions;

  @Context private UriInfo uri;

  @POST
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "startAssessment",
      summary = "Start an assessment",
      description =
          "VENDOR_DUE_DILIGENCE needs vendorId and puts a prospect under assessment; VENDOR_CHECK needs vendorId and template, one of the questionnaires GET /api/v1/templates lists other than vendor-due-diligence and outsourcing-readiness whose provider is installed, and leaves the vendor's state as it is; READINESS needs decision. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "Started; Location names it",
      content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
  @APIResponse(
      responseCode = "409",
      description = "A rule refused, e.g. a due diligence already open for the vendor")
  public Response start(@NotNull @Valid AssessmentRequests.Start start) {
    long id =
        switch (start.kind()) {
          case VENDOR_DUE_DILIGENCE -> dueDiligence.start(required(start.vendorId(), "vendorId"));
          case VENDOR_CHECK ->
              dueDiligence.startCheck(
                  required(start.vendorId(), "vendorId"), required(start.template(), "template"));
          case READINESS -> readiness.start(required(start.decision(), "decision"));
        };
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(response(assessments.details(id)))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "getAssessment",
      summary = "An assessment with its score, red flags, risk tier and advice",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public AssessmentResponse get(
      @Parameter(description = "The assessment's id") @PathParam("id") long id) {
    return response(assessments.details(id));
  }

  @PUT
  @Path("{id}/answers")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "answerAssessment",
      summary = "Replace the answers of a draft",
      description =
          "Only the assessor, only a draft or a returned assessment; version must be the one read. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The draft with its new answers",
      content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
  @APIResponse(
      responseCode = "409",
      description = "Changed meanwhile (stale version), not editable, or not the assessor")
  public AssessmentResponse answer(
      @Parameter(description = "The assessment's id") @PathParam("id") long id,
      @NotNull @Valid AssessmentRequests.Answers answers) {
    return response(
        assessments.save(
            id,
            answers.version(),
            answers.answers().stream().map(AssessmentResponse.AnswerBody::toAnswer).toList()));
  }

  @POST
  @Path("{id}/submission")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "submitAssessment",
      summary = "Submit a due diligence for review, or complete a vendor check",
      description = "Every question answered or not applicable. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "Submitted for review, or a vendor check completed",
      content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
  @APIResponse(responseCode = "409", description = "Incomplete: details lists the open questions")
  public AssessmentResponse submit(
      @Parameter(description = "The assessment's id") @PathParam("id") long id,
      @NotNull @Valid AssessmentRequests.Submission submission) {
    return response(dueDiligence.submit(id, submission.version()));
  }

  @POST
  @Path("{id}/review")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "reviewAssessment",
      summary = "Decide on a submitted due diligence",
      description =
          "By someone other than the assessor (four eyes); the decision moves the vendor through its lifecycle. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "Decided",
      content = @Content(schema = @Schema(implementation = AssessmentResponse.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "Four eyes, a missing comment or justification, conditions missing from a conditional approval or set by another decision, or not submitted")
  public AssessmentResponse review(
      @Parameter(description = "The assessment's id") @PathParam("id") long id,
      @NotNull @Valid AssessmentRequests.Review review) {
    return response(dueDiligence.decide(id, review.version(), review.toDecision()));
  }

  private AssessmentResponse response(AssessmentDetails details) {
    return AssessmentResponse.of(details, conditions.ofAssessment(details.id()));
  }

  private static <T> T required(T value, String field) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new IllegalArgumentException(field + " is required for this kind of assessment");
    }
    return value;
  }
}
