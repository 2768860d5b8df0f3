package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.registry.extension.Extensions;
import io.outsight.registry.extension.InstalledExtension;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What is installed at the suite's extension points. Roles: ADMIN, AUDITOR. */
@Path("extensions")
@RequestScoped
@Tag(name = "Extensions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
public class ExtensionsResource {

  @EJB private Extensions extensions;

  @GET
  @Operation(
      operationId = "listExtensions",
      summary = "Every installed extension with its extension point and module",
      description = "Roles: ADMIN, AUDITOR.")
  public List<InstalledExtension> installed() {
    return extensions.installed();
  }
}
