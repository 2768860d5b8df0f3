package io.outsight.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Version 1 of Outsight's REST API. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Outsight",
            version = "1",
            contact = @Contact(name = "Outsight team"),
            license = @License(name = "Proprietary: licensed with the enterprise suite"),
            description =
                "Deciding on and governing sales outsourcing: questionnaires, assessments, the cost model. "
                    + "Roles: PROCUREMENT and ADMIN change; AUDITOR reads."),
    security = @SecurityRequirement(name = ApiDocument.BASIC))
@SecurityScheme(
    securitySchemeName = ApiDocument.BASIC,
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "An Outsight user's name and password")
public class OutsightApi extends Application {}
