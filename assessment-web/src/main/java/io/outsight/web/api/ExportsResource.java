package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.registry.audit.ExportedFiles;
import io.outsight.registry.audit.FileCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Checks a report file someone holds against the files the portal wrote. Roles: AUDITOR, ADMIN,
 * PROCUREMENT.
 */
@Path("exports")
@RequestScoped
@Tag(name = "Exports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class ExportsResource {

  @EJB private ExportedFiles files;

  // The files the portal writes, as such or as bytes; never the types another site's form may post
  // without asking first (form fields, multipart, text/plain).
  @POST
  @Path("verification")
  @Consumes({
    MediaType.APPLICATION_OCTET_STREAM,
    "text/csv",
    "application/pdf",
    MediaType.APPLICATION_JSON,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  })
  @Operation(
      operationId = "verifyExport",
      summary = "Is this file one the portal wrote, unaltered?",
      description =
          "Send the file's bytes as they are. genuine is true when its SHA-256 digest is registered; the matching exports say"
              + " what, for which contract and periods, by whom and when. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  @RequestBody(
      required = true,
      description = "The file's bytes as the portal wrote them",
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = "application/pdf", schema = @Schema(ref = "ReportFile")),
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(ref = "ReportFile")),
        @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(ref = "ReportFile"))
      })
  public FileCheck verify(InputStream file) throws IOException {
    // read as a stream: a portfolio export can be larger than the heap
    PushbackInputStream body = new PushbackInputStream(file, 1);
    int first = body.read();
    if (first < 0) {
      throw new IllegalArgumentException("Send the file's bytes: the body is empty");
    }
    body.unread(first);
    return files.check(body);
  }
}
