package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.core.contract.ClauseContradiction;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.metric.Period;
import io.outsight.registry.contract.ClauseChecks;
import io.outsight.registry.contract.ClauseReview;
import io.outsight.registry.contract.ContractDetails;
import io.outsight.registry.contract.ContractSummary;
import io.outsight.registry.contract.Contracts;
import io.outsight.registry.extension.InstalledMetrics;
import io.outsight.registry.ledger.LedgerReads;
import io.outsight.registry.ledger.LedgerRow;
import io.outsight.registry.ledger.LedgerValue;
import io.outsight.registry.rules.Refused;
import io.outsight.reporting.contract.ReportFiles;
import io.outsight.web.i18n.ReportWording;
import io.outsight.web.security.RequestingClient;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Vendor contracts and their results. Roles: everyone signed in reads; PROCUREMENT and ADMIN draft,
 * amend and move contracts. A change names the version it was based on; a newer one answers 409.
 */
@Path("contracts")
@RequestScoped
@Tag(name = "Contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class ContractsResource {

  /** A new contract with a vendor. */
  @Schema(name = "ContractDraft")
  public record Draft(long vendorId, TermSheet terms) {}

  /** New terms for the contract at {@code version}. */
  @Schema(name = "ContractAmendment")
  public record Amendment(long version, TermSheet terms) {}

  /** A move of the contract at {@code version} to {@code status}; terminating needs a reason. */
  @Schema(name = "ContractStatusChange")
  public record StatusChange(long version, ContractStatus status, String reason) {}

  @EJB private Contracts contracts;

  @EJB private ClauseChecks clauseChecks;

  @EJB private LedgerReads ledger;

  private static final int DEFAULT_PERIODS = 12;

  @EJB private ReportFiles files;

  @Inject private InstalledMetrics installed;

  @Context private UriInfo uri;

  @Context private HttpHeaders headers;

  @GET
  @Operation(
      operationId = "listContracts",
      summary = "Contracts by reference, optionally of one vendor or in one state",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<ContractSummary> list(
      @Parameter(description = "Only the contracts of this vendor (its id)") @QueryParam("vendor")
          Long vendorId,
      @Parameter(description = "Only the contracts in this state") @QueryParam("status")
          ContractStatus status,
      @Parameter(description = "How many to skip from the start of the list, for paging")
          @QueryParam("first")
          @DefaultValue("0")
          Integer first,
      @Parameter(description = "How many at most, 1 to 1000")
          @QueryParam("max")
          @DefaultValue("100")
          Integer max) {
    return contracts.list(
        vendorId,
        status == null ? Set.of() : Set.of(status),
        Math.max(first, 0),
        QueryValues.pageSize(max));
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getContract",
      summary = "A contract's terms, state, next possible states and notice deadline",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public ContractDetails contract(
      @Parameter(description = "The contract's id") @PathParam("id") long id) {
    return contracts.details(id).orElseThrow(() -> new NotFoundException("No contract " + id));
  }

  @POST
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "draftContract",
      summary = "Draft a contract with a vendor",
      description =
          "Roles: PROCUREMENT, ADMIN. 400 names invalid fields, 409 the rule the terms break.")
  @APIResponse(
      responseCode = "201",
      description = "Drafted; Location names it",
      content = @Content(schema = @Schema(implementation = ContractDetails.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A rule refused the terms; the problem names it (e.g. the vendor is not approved)")
  public Response draft(@NotNull Draft draft) {
    long id = contracts.draft(draft.vendorId(), draft.terms());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .entity(contract(id))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "amendContract",
      summary = "Amend a contract's terms",
      description =
          "Roles: PROCUREMENT, ADMIN. 409 contract.changed-meanwhile when the version is not the current one.")
  @APIResponse(
      responseCode = "200",
      description = "The contract with its new terms",
      content = @Content(schema = @Schema(implementation = ContractDetails.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "contract.changed-meanwhile: the version is not the current one; or a rule refused the terms")
  public ContractDetails amend(
      @Parameter(description = "The contract's id") @PathParam("id") long id,
      @NotNull Amendment amendment) {
    return contracts.amend(id, amendment.version(), amendment.terms());
  }

  @POST
  @Path("{id}/status")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "moveContract",
      summary = "Move a contract through its lifecycle",
      description =
          "DRAFT, ACTIVE, UNDER_REVIEW, RENEWED, TERMINATED, EXPIRED. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The contract in its new state",
      content = @Content(schema = @Schema(implementation = ContractDetails.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The move is not allowed from the contract's state, lacks a reason, or the version is not the current one")
  public ContractDetails move(
      @Parameter(description = "The contract's id") @PathParam("id") long id,
      @NotNull StatusChange change) {
    return contracts.moveTo(id, change.version(), change.status(), change.reason());
  }

  @GET
  @Path("{id}/report")
  @Produces({
    MediaType.APPLICATION_JSON,
    "text/csv",
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    // what an installed extension's exporter writes, such as an OpenDocument spreadsheet
    MediaType.WILDCARD
  })
  @Operation(
      operationId = "getSuccessReport",
      summary =
          "The contract's success report over a range of its periods, as JSON, CSV, PDF or XLSX by the Accept header",
      description =
          "from and to are periods of the contract that have ended, such as 2026-01 or 2026-Q1; the default is the last twelve. The file's"
              + " SHA-256 digest is registered with an audit event and sent as X-Content-SHA256. Headings in English, or in Finnish with"
              + " Accept-Language: fi or lang=fi; CSV in Finnish has semicolons and decimal commas, as Finnish spreadsheets read it."
              + " Any other format an installed extension writes, such as an OpenDocument spreadsheet, is asked for by its"
              + " media type; a type none writes is refused with 406. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The report in the format the Accept header asks for",
      headers =
          @Header(
              name = "X-Content-SHA256",
              description = "The file's SHA-256 digest, as registered",
              schema = @Schema(type = SchemaType.STRING)),
      content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SuccessReport")),
        @Content(mediaType = "text/csv", schema = @Schema(ref = "ReportFile")),
        @Content(mediaType = "application/pdf", schema = @Schema(ref = "ReportFile")),
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(ref = "ReportFile")),
        @Content(mediaType = MediaType.WILDCARD, schema = @Schema(ref = "ReportFile"))
      })
  @APIResponse(
      responseCode = "400",
      description = "from, to or lang is not one the contract has, or no period has ended yet")
  @APIResponse(
      responseCode = "406",
      description = "No installed format writes a type the Accept header names")
  @APIResponse(responseCode = "404", description = "No such contract")
  public Response report(
      @Parameter(description = "The contract's id") @PathParam("id") long id,
      @Parameter(
              description =
                  "The report's first period (2026-01 or 2026-Q1), one that has ended; by default the twelfth last")
          @QueryParam("from")
          String from,
      @Parameter(
              description =
                  "The report's last period, one that has ended; by default the last that has")
          @QueryParam("to")
          String to,
      @Parameter(
              description =
                  "The language of the words in the answer, for clients that cannot send Accept-Language",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"en", "fi"}))
          @QueryParam("lang")
          String lang,
      @Parameter(
              description =
                  "An option of the format written, as key=value (repeated for more): one the format declares, such as the example extension's attainment-threshold=90 for ods; an option not given takes its default. 400 for one that is not a key and a number, or (with the rule report.option-unknown, -required, -too-precise, -below-minimum or -above-maximum) one the format does not take")
          @QueryParam("option")
          List<String> option) {
    List<Period> reportable = ledger.reportablePeriods(id);
    if (reportable.isEmpty() && (from == null || to == null)) {
      throw new Refused(
          new RuleViolation(
              "report.nothing-ended",
              "No period of contract " + id + " has ended yet",
              List.of(String.valueOf(id))));
    }
    Period last = to == null ? reportable.get(reportable.size() - 1) : period(to, "to");
    Period first =
        from == null
            ? reportable.get(Math.max(0, reportable.size() - DEFAULT_PERIODS))
            : period(from, "from");
    String format =
        headers.getAcceptableMediaTypes().stream()
            .map(
                type ->
                    type.isWildcardType()
                        ? files
                            .formatFor(MediaType.APPLICATION_JSON)
                            .or(() -> files.formats().stream().findFirst())
                        : files.formatFor(type.getType() + "/" + type.getSubtype()))
            .flatMap(Optional::stream)
            .findFirst()
            .orElseThrow(
                () ->
                    new NotAcceptableException(
                        "No installed report format writes "
                            + headers.getHeaderString(HttpHeaders.ACCEPT)));
    Locale language = Problems.language(headers, lang);
    ReportFiles.File file =
        files.export(
            id,
            first,
            last,
            format,
            options(option),
            new ReportWording(language, installed.catalogue()),
            language.getLanguage(),
            RequestingClient.api(headers.getHeaderString(HttpHeaders.USER_AGENT)));
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
        .header("X-Content-SHA256", file.sha256())
        .build();
  }

  private static Map<String, BigDecimal> options(List<String> given) {
    Map<String, BigDecimal> options = new LinkedHashMap<>();
    for (String option : given) {
      int equals = option.indexOf('=');
      String key = equals < 1 ? null : option.substring(0, equals);
      if (key == null || options.containsKey(key)) {
        throw notAnOption(option, null);
      }
      try {
        options.put(key, new BigDecimal(option.substring(equals + 1)));
      } catch (NumberFormatException notANumber) {
        throw notAnOption(option, notANumber);
      }
    }
    return options;
  }

  private static IllegalArgumentException notAnOption(String option, Exception cause) {
    return new IllegalArgumentException(
        "option is a key and a number, once each, such as attainment-threshold=90: " + option,
        cause);
  }

  private static Period period(String text, String parameter) {
    try {
      return Period.parse(text);
    } catch (IllegalArgumentException notAPeriod) {
      throw new IllegalArgumentException(
          parameter + " is not a period such as 2026-01 or 2026-Q1: " + text, notAPeriod);
    }
  }

  @GET
  @Path("{id}/results")
  @Operation(
      operationId = "listContractResults",
      summary = "The contract's periods, newest first, with the current value of each metric",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<LedgerRow> results(
      @Parameter(description = "The contract's id") @PathParam("id") long id) {
    return ledger.grid(id);
  }

  @GET
  @Path("{id}/results/{metric}/{period}")
  @Operation(
      operationId = "getResultHistory",
      summary = "Every value recorded for a metric and period, the current one first",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<LedgerValue> history(
      @Parameter(description = "The contract's id") @PathParam("id") long id,
      @Parameter(description = "The metric definition's id, such as leads-created")
          @PathParam("metric")
          String metric,
      @Parameter(description = "The contract's period, such as 2026-10 or 2026-Q4")
          @PathParam("period")
          String period) {
    try {
      Period.parse(period);
    } catch (IllegalArgumentException notAPeriod) {
      throw new IllegalArgumentException("period: " + notAPeriod.getMessage(), notAPeriod);
    }
    return ledger.history(id, metric, period);
  }

  @GET
  @Path("{id}/clauses")
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  @Operation(
      operationId = "getContractClauses",
      summary = "The contract's clauses against its vendor's latest approved due diligence",
      description =
          "Each contradiction, accepted (by whom, when, why) or standing; assessmentId is null without an approved due diligence. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public ClauseReview clauses(
      @Parameter(description = "The contract's id") @PathParam("id") long id) {
    return clauseChecks.review(id);
  }

  @POST
  @Path("{id}/clauses/{contradiction}/acceptance")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "acceptClauseContradiction",
      summary = "Accept a contradiction between a clause and the due diligence, with a reason",
      description =
          "It holds for the due diligence it was accepted against. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The clauses with the contradiction accepted",
      content = @Content(schema = @Schema(implementation = ClauseReview.class)))
  @APIResponse(
      responseCode = "409",
      description = "No such contradiction stands, or the reason is missing")
  public ClauseReview acceptContradiction(
      @Parameter(description = "The contract's id") @PathParam("id") long id,
      @Parameter(
              description =
                  "The contradiction between the clauses and the due diligence answers to accept")
          @PathParam("contradiction")
          ClauseContradiction contradiction,
      @NotNull @Valid ClauseAcceptanceRequest acceptance) {
    return clauseChecks.accept(id, contradiction, acceptance.reason());
  }

  /** Why a contradiction is accepted, in at most 2000 characters. */
  public record ClauseAcceptanceRequest(String reason) {}
}
