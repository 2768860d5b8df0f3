package io.outsight.web.api;

import static io.outsight.core.json.JsonProcessing.JSON;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.TemplateDiff;
import io.outsight.core.assessment.TemplateJson;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.questionnaire.InvalidQuestionnaire;
import io.outsight.extension.api.questionnaire.QuestionnaireTemplate;
import io.outsight.registry.assessment.QuestionnaireDrafts;
import io.outsight.registry.assessment.QuestionnaireDrafts.DraftDetails;
import io.outsight.registry.assessment.QuestionnaireTemplates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The published questionnaire versions and what changed between them (roles: PROCUREMENT, AUDITOR,
 * ADMIN), and the draft of each questionnaire's next version (role: ADMIN). A change of a draft
 * names the draft's version it was based on; a newer one answers 409.
 */
@Path("templates")
@RequestScoped
@Tag(name = "Questionnaire templates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class TemplatesResource {

  @EJB private QuestionnaireTemplates templates;

  @EJB private QuestionnaireDrafts drafts;

  /** One published version, without its questions. */
  public record TemplateSummary(
      String id, int version, String fingerprint, String provider, Instant publishedAt) {}

  @GET
  @Operation(
      operationId = "listTemplates",
      summary = "Every published template version",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<TemplateSummary> published() {
    return templates.published().stream()
        .map(
            template ->
                new TemplateSummary(
                    template.id(),
                    template.version(),
                    template.fingerprint(),
                    template.provider(),
                    template.publishedAt()))
        .toList();
  }

  @GET
  @Path("{id}/{version}")
  @Operation(
      operationId = "getTemplateVersion",
      summary = "One published version with its sections, questions, weights and red flags",
      description =
          "The snapshot assessments are scored against; it never changes. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The published version",
      content = @Content(schema = @Schema(ref = "QuestionnaireTemplate")))
  public String version(
      @Parameter(description = "The questionnaire's id, such as vendor-due-diligence")
          @PathParam("id")
          String id,
      @Parameter(
              description =
                  "The published version, from 1 (of a draft: the draft's version, to discard it)")
          @PathParam("version")
          int version) {
    return TemplateJson.write(templates.version(id, version));
  }

  @GET
  @Path("{id}/diff")
  @Operation(
      operationId = "diffTemplateVersions",
      summary = "What changed from one published version to another",
      description =
          "Sections, questions and red flags added, removed or changed, and for a changed one which"
              + " parts. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public TemplateDiff diff(
      @Parameter(description = "The questionnaire's id, such as vendor-due-diligence")
          @PathParam("id")
          String id,
      @Parameter(description = "The published version to compare from") @QueryParam("from") @NotNull
          Integer from,
      @Parameter(description = "The published version to compare to") @QueryParam("to") @NotNull
          Integer to) {
    return templates.diff(id, from, to);
  }

  @GET
  @Path("{id}/draft")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "getTemplateDraft",
      summary = "The draft of the questionnaire's next version",
      description =
          "Its version (for the next change), the published version it follows, who revised it"
              + " last, and its content in the form of a published version. 404 questionnaire.draft.unknown"
              + " when there is none. Role: ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The draft",
      content = @Content(schema = @Schema(ref = "QuestionnaireDraft")))
  public String draft(
      @Parameter(description = "The questionnaire's id, such as vendor-due-diligence")
          @PathParam("id")
          String id) {
    return json(
        drafts
            .draft(id)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "questionnaire.draft.unknown", "There is no draft of " + id, List.of(id))));
  }

  @POST
  @Path("{id}/draft")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "startTemplateDraft",
      summary = "Start the draft of the next version, as a copy of the newest published one",
      description = "201 with the draft. 409 questionnaire.draft-exists. Role: ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "The draft, started",
      content = @Content(schema = @Schema(ref = "QuestionnaireDraft")))
  @APIResponse(
      responseCode = "409",
      description = "questionnaire.draft-exists: a draft was started already")
  public Response startDraft(
      @Parameter(description = "The questionnaire's id, such as vendor-due-diligence")
          @PathParam("id")
          String id,
      @Context UriInfo uri) {
    return Response.created(uri.getAbsolutePath()).entity(json(drafts.start(id))).build();
  }

  @PUT
  @Path("{id}/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "reviseTemplateDraft",
      summary = "Revise the draft as a whole",
      description =
          "Body: {\"version\": the draft's version, \"content\": the questionnaire in the form of a"
              + " published version}. 400 naming the question, choice or red flag that cannot be"
              + " asked as written, or a text missing in English or Finnish. 409"
              + " questionnaire.changed-meanwhile when the version is not the current one. Role:"
              + " ADMIN.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(ref = "QuestionnaireDraftRevision")))
  @APIResponse(
      responseCode = "200",
      description = "The draft, revised",
      content = @Content(schema = @Schema(ref = "QuestionnaireDraft")))
  @APIResponse(
      responseCode = "409",
      description = "questionnaire.changed-meanwhile: the version is not the draft's current one")
  public String reviseDraft(
      @Parameter(description = "The questionnaire's id, such as vendor-due-diligence")
          @PathParam("id")
          String id,
      @NotNull String body) {
    JsonObject revision = object(body);
    return json(drafts.revise(id, version(revision), content(revision)));
  }

  @POST
  @Path("{id}/draft/publication")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "publishTemplateDraft",
      summary = "Publish the draft as the next version",
      description =
          "Body: {\"version\": the draft's version}. 201 with the published version, which never"
              + " changes; assessments started before keep theirs. 409 questionnaire.outdated when"
              + " another version was published since the draft started. Role: ADMIN.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(ref = "QuestionnaireDraftVersion")))
  @APIResponse(
      responseCode = "201",
      description = "The published version; Location names it",
      content = @Content(schema = @Schema(ref = "QuestionnaireTemplate")))
  @APIResponse(
      responseCode = "409",
      description = "questionnaire.outdated: another version was published since the draft started")
  public Response publishDraft(
      @Parameter(description = "The questionnaire's id, such as vendor-due-diligence")
          @PathParam("id")
          String id,
      @NotNull String body,
      @Context UriInfo uri) {
    QuestionnaireTemplate published = drafts.publish(id, version(object(body)));
    return Response.created(
            uri.getBaseUriBuilder()
                .path(TemplatesResource.class)
                .path(id)
                .path(String.valueOf(published.version()))
                .build())
        .entity(TemplateJson.write(published))
        .build();
  }

  @DELETE
  @Path("{id}/draft")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "discardTemplateDraft",
      summary = "Discard the draft",
      description =
          "The query parameter version is the draft's version; 409"
              + " questionnaire.changed-meanwhile when it is not the current one. Role: ADMIN.")
  @APIResponse(responseCode = "204", description = "Discarded")
  @APIResponse(
      responseCode = "409",
      description = "questionnaire.changed-meanwhile: the version is not the draft's current one")
  public Response discardDraft(
      @Parameter(description = "The questionnaire's id, such as vendor-due-diligence")
          @PathParam("id")
          String id,
      @Parameter(
              description =
                  "The published version, from 1 (of a draft: the draft's version, to discard it)")
          @QueryParam("version")
          @NotNull
          Long version) {
    drafts.discard(id, version);
    return Response.noContent().build();
  }

  private static String json(DraftDetails draft) {
    return JSON.createObjectBuilder()
        .add("questionnaire", draft.templateId())
        .add("basedOn", draft.basedOn())
        .add("version", draft.version())
        .add("revisedBy", draft.revisedBy())
        .add("revisedAt", draft.revisedAt().toString())
        .add("content", object(TemplateJson.write(draft.content())))
        .build()
        .toString();
  }

  private static JsonObject object(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException unreadable) {
      throw new IllegalArgumentException("The body is not a JSON object");
    }
  }

  private static long version(JsonObject body) {
    if (!(body.get("version") instanceof JsonNumber version) || !version.isIntegral()) {
      throw new IllegalArgumentException("version: the draft's version, a whole number");
    }
    return version.longValue();
  }

  /**
   * The questionnaire in the body; one that cannot be asked as written is refused with what to fix,
   * one that is not in the form of a published version with what is wrong with its form.
   */
  private static QuestionnaireTemplate content(JsonObject body) {
    if (!(body.get("content") instanceof JsonObject content)) {
      throw new IllegalArgumentException(
          "content: the questionnaire, in the form of a published version");
    }
    try {
      return TemplateJson.read(content.toString());
    } catch (InvalidQuestionnaire invalid) {
      throw new RuleViolation(invalid.rule(), invalid.getMessage(), invalid.details());
    } catch (RuntimeException malformed) {
      throw new IllegalArgumentException(
          "content: not in the form of a published version (every section, question, choice and"
              + " red flag with all its fields)");
    }
  }
}
