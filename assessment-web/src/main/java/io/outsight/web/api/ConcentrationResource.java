package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.core.concentration.ChannelConcentration;
import io.outsight.core.concentration.ConcentrationWarning;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.reporting.concentration.BusinessConcentrations;
import io.outsight.reporting.concentration.BusinessShares;
import io.outsight.reporting.concentration.InHouseMonth;
import io.outsight.reporting.concentration.InHouseReceipt;
import io.outsight.reporting.concentration.InHouseResults;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Our own people's results, and each vendor's share of every channel's whole outcome measured
 * against them. Roles: everyone signed in reads; PROCUREMENT and ADMIN record results.
 */
@Path("concentration")
@RequestScoped
@Tag(name = "Concentration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class ConcentrationResource {

  /** The twelve months measured, the thresholds, every channel and every warning, red first. */
  public record Shares(
      String from,
      String to,
      BigDecimal revenuePercent,
      BigDecimal dealsPercent,
      int exitPlanReviewMonths,
      List<ChannelConcentration> channels,
      List<ConcentrationWarning> warnings) {

    static Shares of(BusinessShares shares) {
      return new Shares(
          shares.from().toString(),
          shares.to().toString(),
          shares.thresholds().revenuePercent(),
          shares.thresholds().dealsPercent(),
          shares.thresholds().exitPlanReviewMonths(),
          shares.channels(),
          shares.warnings());
    }
  }

  /** Our own people's results in a channel's month; a metric not given is null, not zero. */
  public record OwnMonth(
      String channel,
      String month,
      BigDecimal leads,
      BigDecimal meetings,
      BigDecimal deals,
      BigDecimal revenue,
      String recordedBy,
      Instant recordedAt,
      String source) {

    static OwnMonth of(InHouseMonth month) {
      return new OwnMonth(
          month.channel(),
          month.month().toString(),
          month.leads(),
          month.meetings(),
          month.deals(),
          month.revenue(),
          month.recordedBy(),
          month.recordedAt(),
          month.source());
    }
  }

  @EJB private BusinessConcentrations concentrations;

  @EJB private InHouseResults inHouse;

  @Inject private PortalClock clock;

  @GET
  @Operation(
      operationId = "getConcentration",
      summary = "Each vendor's share of every channel's leads, deals and revenue, ours included",
      description =
          "Over the twelve months up to the last that ended; the whole business is the channel \"\". A share beyond"
              + " outsight.concentration.revenue-percent (30) of revenue or deals-percent (50) of deals warns; such a"
              + " dependency without an exit plan reviewed within exit-plan-review-months (12) is RED; a channel where our"
              + " own people brought nothing has no in-house capacity left. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public Shares shares() {
    return Shares.of(concentrations.current());
  }

  @GET
  @Path("in-house")
  @Operation(
      operationId = "listInHouseResults",
      summary = "Our own people's results by channel and month, newest first",
      description =
          "from and to are months (2026-01); by default the last twelve. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<InHouseMonth> inHouse(
      @Parameter(description = "The first month (2026-01); by default eleven months before to")
          @QueryParam("from")
          String from,
      @Parameter(description = "The last month (2026-12); by default this month") @QueryParam("to")
          String to) {
    YearMonth last = to == null ? YearMonth.from(clock.today()) : month("to", to);
    return inHouse.months(from == null ? last.minusMonths(11) : month("from", from), last);
  }

  @POST
  @Path("in-house")
  @Consumes("text/csv")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "importInHouseResults",
      summary = "Import our own people's results, all or none",
      description =
          "A line per channel and month: channel (blank or left out for the whole business), period (2026-11), and any"
              + " of leads, meetings, deals, revenue, headed in English or Finnish. A value given again replaces the one"
              + " before; the audit trail keeps both. 400 lists every problem by line and column. Roles: PROCUREMENT,"
              + " ADMIN.")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "201",
      description = "Imported; what was stored",
      content = @Content(schema = @Schema(implementation = InHouseReceipt.class)))
  public Response importFile(
      @Parameter(
              description =
                  "The file's name, kept with what it brought in and named in the audit trail")
          @QueryParam("file")
          @DefaultValue("in-house.csv")
          String fileName,
      InputStream content) {
    InHouseReceipt receipt = inHouse.importFile(fileName, content);
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }

  private static YearMonth month(String field, String text) {
    try {
      return YearMonth.parse(text);
    } catch (RuntimeException notAMonth) {
      throw new IllegalArgumentException(field + ": a month such as 2026-11, not " + text);
    }
  }
}
