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
            version = "1.3.0",
            contact = @Contact(name = "Outsight team"),
            license = @License(name = "Proprietary: licensed with the enterprise suite"),
            description =
                "Deciding on and governing sales outsourcing: the vendor registry, due diligence and"
                    + " readiness assessments, the cost model and its scenarios, contracts paid by"
                    + " results with their metric ledger, payouts and invoices, success reports and"
                    + " exports auditors can verify, and the audit trail. Roles: PROCUREMENT and ADMIN"
                    + " change; AUDITOR reads. Versions and what may change within one: docs/api.md."),
    security = @SecurityRequirement(name = ApiDocument.BASIC))
@SecurityScheme(
    securitySchemeName = ApiDocument.BASIC,
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "An Outsight user's name and password")
public class OutsightApi extends Application {}
