package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.extension.InstalledMetrics;
import io.outsight.reporting.portfolio.PortfolioExport;
import io.outsight.web.i18n.ReportWording;
import io.outsight.web.security.RequestingClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The portfolio exports: every contract's ledger values, or every contract's payouts line by line,
 * for a range of months, streamed. Roles: PROCUREMENT, AUDITOR, ADMIN.
 */
@Path("exports/portfolio")
@RequestScoped
@Tag(name = "Exports")
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class PortfolioResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @EJB private PortfolioExport export;

  @Inject private InstalledMetrics installed;

  @Inject private PortalClock clock;

  @Context private HttpHeaders headers;

  @GET
  @Produces({"text/csv", XLSX})
  @Operation(
      operationId = "exportPortfolio",
      summary =
          "Every contract's ledger values for the months from and to (2026-01), as CSV or XLSX by the Accept header",
      description =
          "Current and superseded values with their source, who and when, submission and line. Written at the"
              + " database's speed to a spool file and registered with its SHA-256 digest (header X-Content-SHA256) and an audit event"
              + " before it is sent, so a copy can be checked at POST /exports/verification. Headings in English, or in Finnish with"
              + " Accept-Language: fi or lang=fi; CSV in Finnish has semicolons and decimal commas. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The export in the format the Accept header asks for",
      headers =
          @Header(
              name = "X-Content-SHA256",
              description = "The file's SHA-256 digest, as registered",
              schema = @Schema(type = SchemaType.STRING)),
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(ref = "ReportFile")),
        @Content(mediaType = XLSX, schema = @Schema(ref = "ReportFile"))
      })
  @APIResponse(
      responseCode = "400",
      description = "from or to is not a month, or to comes before from")
  public Response portfolio(
      @Parameter(description = "The first month (2026-01); by default eleven months before to")
          @QueryParam("from")
          String from,
      @Parameter(description = "The last month (2026-12); by default this month") @QueryParam("to")
          String to,
      @Parameter(
              description =
                  "The language of the words in the answer, for clients that cannot send Accept-Language",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"en", "fi"}))
          @QueryParam("lang")
          String lang) {
    return export(PortfolioExport.Content.LEDGER, from, to, lang);
  }

  @GET
  @Path("payouts")
  @Produces({"text/csv", XLSX})
  @Operation(
      operationId = "exportPortfolioPayouts",
      summary =
          "Every contract's payouts for the periods beginning in the months from and to (2026-01), line by line, as CSV or XLSX",
      description =
          "A row per line of each period's payout (tier, rate, retainer, bonus, floor or cap, credits, adjustments, one-time"
              + " fees) with its amount and the period's total, which its lines add up to, and whether and by whom the period was"
              + " settled with the digest of what was frozen. Periods after a fixed-term contract's term appear when they carry"
              + " adjustments. Registered with its SHA-256 digest like the ledger export. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The export in the format the Accept header asks for",
      headers =
          @Header(
              name = "X-Content-SHA256",
              description = "The file's SHA-256 digest, as registered",
              schema = @Schema(type = SchemaType.STRING)),
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(ref = "ReportFile")),
        @Content(mediaType = XLSX, schema = @Schema(ref = "ReportFile"))
      })
  @APIResponse(
      responseCode = "400",
      description = "from or to is not a month, or to comes before from")
  public Response payouts(
      @Parameter(description = "The first month (2026-01); by default eleven months before to")
          @QueryParam("from")
          String from,
      @Parameter(description = "The last month (2026-12); by default this month") @QueryParam("to")
          String to,
      @Parameter(
              description =
                  "The language of the words in the answer, for clients that cannot send Accept-Language",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"en", "fi"}))
          @QueryParam("lang")
          String lang) {
    return export(PortfolioExport.Content.PAYOUTS, from, to, lang);
  }

  private Response export(PortfolioExport.Content content, String from, String to, String lang) {
    YearMonth first = from == null ? clock.thisMonth().minusMonths(11) : month(from, "from");
    YearMonth last = to == null ? clock.thisMonth() : month(to, "to");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("to (" + last + ") comes before from (" + first + ")");
    }
    // the caller's first choice, by quality and then order, of the two; any other, CSV
    boolean xlsx =
        headers.getAcceptableMediaTypes().stream()
            .map(type -> type.getType() + "/" + type.getSubtype())
            .filter(type -> type.equalsIgnoreCase(XLSX) || type.equalsIgnoreCase("text/csv"))
            .findFirst()
            .filter(XLSX::equalsIgnoreCase)
            .isPresent();
    String format = xlsx ? "xlsx" : "csv";
    Locale language = Problems.language(headers, lang);
    String fileName = content.fileName(first, last, format);
    String client = RequestingClient.api(headers.getHeaderString(HttpHeaders.USER_AGENT));
    PortfolioExport.Spooled file =
        export.write(
            first,
            last,
            content,
            format,
            new ReportWording(language, installed.catalogue()),
            language,
            fileName,
            client);
    StreamingOutput body =
        out -> {
          try (file) {
            file.sendTo(out);
          }
        };
    return Response.ok(body, xlsx ? XLSX : "text/csv")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header(HttpHeaders.CONTENT_LENGTH, file.bytes())
        .header("X-Content-SHA256", file.sha256())
        .build();
  }

  private static YearMonth month(String text, String parameter) {
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException notAMonth) {
      throw new IllegalArgumentException(
          parameter + " is not a month such as 2026-01: " + text, notAMonth);
    }
  }
}
