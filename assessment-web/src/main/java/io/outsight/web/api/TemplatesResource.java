package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.core.assessment.TemplateJson;
import io.outsight.registry.assessment.QuestionnaireTemplates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published questionnaire versions. Roles: PROCUREMENT, AUDITOR, ADMIN. */
@Path("templates")
@RequestScoped
@Tag(name = "Questionnaire templates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class TemplatesResource {

  @EJB private QuestionnaireTemplates templates;

  /** One published version, without its questions. */
  public record TemplateSummary(
      String id, int version, String fingerprint, String provider, Instant publishedAt) {}

  @GET
  @Operation(
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
      summary = "One published version with its sections, questions, weights and red flags",
      description =
          "The snapshot assessments are scored against; it never changes. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public String version(@PathParam("id") String id, @PathParam("version") int version) {
    return TemplateJson.write(templates.version(id, version));
  }
}
