package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.extension.api.metric.Period;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.extension.InstalledMetrics;
import io.outsight.reporting.contract.SuccessReports;
import io.outsight.reporting.settlement.Settlements;
import io.outsight.web.i18n.ReportWording;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A contract's payouts, period by period, and settling them. Roles: everyone signed in reads;
 * PROCUREMENT and ADMIN settle, each a period whose values someone else last changed.
 */
@Path("contracts/{id}/payouts")
@RequestScoped
@Tag(name = "Payouts and settlement")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class PayoutsResource {

  @EJB private SuccessReports reports;

  @EJB private Settlements settlements;

  @Inject private InstalledMetrics installed;

  @Inject private PortalClock clock;

  @Context private HttpHeaders headers;

  @GET
  @Operation(
      operationId = "listPayouts",
      summary = "The payout of every ended period, newest first, line by line, settled or open",
      description =
          "The lines of a period add up to its total; their text is in English, or in Finnish with Accept-Language: fi or"
              + " lang=fi. A settled period shows what was frozen when it was settled, with the SHA-256 of it. First, with"
              + " running true, the period still running when adjustments to settled periods wait for it; and after a"
              + " fixed-term contract's term, the periods settled for such adjustments. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<PayoutResponse> payouts(
      @Parameter(description = "The contract's id") @PathParam("id") long id,
      @Parameter(
              description =
                  "The language of the words in the answer, for clients that cannot send Accept-Language",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"en", "fi"}))
          @QueryParam("lang")
          String lang) {
    ReportWording words =
        new ReportWording(Problems.language(headers, lang), installed.catalogue());
    return reports.payouts(id).stream()
        .map(spend -> PayoutResponse.of(spend, words, clock.today()))
        .toList();
  }

  @POST
  @Path("{period}/settlement")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "settlePayout",
      summary = "Settle an ended period: its payout and lines frozen with their SHA-256",
      description =
          "Periods are settled in order, once each, by someone other than whoever last changed the period's values or returns."
              + " A later correction becomes an adjustment in the next open period. 409 problem+json with the rule"
              + " settlement.not-ended, settlement.already, settlement.earlier-open or settlement.four-eyes, and"
              + " settlement.after-term for a period after a fixed-term contract's term that carries no adjustment. Roles:"
              + " PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "The period, settled",
      content = @Content(schema = @Schema(implementation = PayoutResponse.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "settlement.not-ended, settlement.already, settlement.earlier-open, settlement.four-eyes or settlement.after-term")
  public Response settle(
      @Parameter(description = "The contract's id") @PathParam("id") long id,
      @Parameter(description = "The contract's period to settle, such as 2026-10 or 2026-Q4")
          @PathParam("period")
          String period,
      @Parameter(
              description =
                  "The language of the words in the answer, for clients that cannot send Accept-Language",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"en", "fi"}))
          @QueryParam("lang")
          String lang) {
    Period settled;
    try {
      settled = Period.parse(period);
    } catch (IllegalArgumentException notAPeriod) {
      throw new IllegalArgumentException("period: " + notAPeriod.getMessage(), notAPeriod);
    }
    ReportWording words =
        new ReportWording(Problems.language(headers, lang), installed.catalogue());
    return Response.status(Response.Status.CREATED)
        .entity(PayoutResponse.of(settlements.settle(id, settled, null), words, clock.today()))
        .build();
  }
}
