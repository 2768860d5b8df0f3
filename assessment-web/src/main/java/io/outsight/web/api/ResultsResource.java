package io.outsight.web.api;

import static io.outsight.core.json.JsonProcessing.JSON;

import io.outsight.core.access.Roles;
import io.outsight.core.ledger.ResultSource;
import io.outsight.registry.ledger.ImportStatus;
import io.outsight.registry.ledger.LateReport;
import io.outsight.registry.ledger.LedgerReads;
import io.outsight.registry.ledger.MetricLedger;
import io.outsight.registry.ledger.ResultEntry;
import io.outsight.registry.ledger.ResultImports;
import io.outsight.registry.ledger.SubmissionReceipt;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.StringReader;
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
 * The metric ledger in bulk: values as JSON, or a results file as CSV, each taken whole or not at
 * all; and the late vendor reports. Roles: PROCUREMENT and ADMIN record; everyone signed in reads.
 */
@Path("results")
@RequestScoped
@Tag(name = "Metric ledger")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class ResultsResource {

  /**
   * The preference (RFC 7240) of a caller who would rather ask for the outcome later than wait for
   * it.
   */
  private static final String RESPOND_ASYNC = "respond-async";

  private static final Jsonb STATUS = JsonbBuilder.create();

  @EJB private MetricLedger ledger;

  @EJB private LedgerReads reads;

  @EJB private ResultImports imports;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  // In OpenAPI one operation with the file import below: one path, one method.
  @Operation(hidden = true)
  public Response record(@NotNull List<ResultEntry> entries) {
    List<ResultEntry> fromApi =
        entries.stream()
            .map(
                entry ->
                    new ResultEntry(
                        entry.contract(),
                        entry.metric(),
                        entry.period(),
                        entry.value(),
                        entry.reason(),
                        entry.returnedOn(),
                        null))
            .toList();
    SubmissionReceipt receipt = ledger.record(fromApi, ResultSource.API);
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }

  // text/csv only: text/plain is one of the types another site's form may post without asking first
  @POST
  @Consumes("text/csv")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "recordResults",
      summary = "Record values as JSON, or import a results file, all or none",
      description =
          "As JSON: "
              + "Each entry names the contract by reference, the metric, the period (2026-10 or 2026-Q4) and the value. A value for a"
              + " period that has one supersedes it and needs a reason, at most 500 characters. 400 lists every problem by entry number (from 1) and field."
              + " As a CSV file: "
              + "CSV as spreadsheets write it (UTF-8 with or without BOM, comma or semicolon, decimal comma or point). 400 lists every"
              + " problem by line and column; 409 when the same file was imported before. With the header Prefer: respond-async the import"
              + " runs in the background: 202 with its status, and Location where to ask how it stands. Roles: PROCUREMENT, ADMIN.")
  @RequestBody(
      required = true,
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ResultEntry.class))
      })
  @APIResponse(
      responseCode = "201",
      description = "Stored; the receipt says what",
      content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
  @APIResponse(
      responseCode = "202",
      description =
          "Importing in the background (Prefer: respond-async); Location says where to ask",
      content = @Content(schema = @Schema(implementation = ImportStatus.class)))
  @APIResponse(
      responseCode = "409",
      description = "The same file was imported before, or a rule refused a value")
  public Response importFile(
      @Parameter(
              description =
                  "The file's name, kept with what it brought in and named in the audit trail")
          @QueryParam("file")
          @DefaultValue("results.csv")
          String fileName,
      @Parameter(
              description = "The reference of the contract a file without a contract column is for")
          @QueryParam("contract")
          String contract,
      @Parameter(
              description =
                  "respond-async to import in the background: 202 at once, and Location says where to follow it")
          @HeaderParam("Prefer")
          String prefer,
      @Context UriInfo uri,
      InputStream content) {
    if (prefer == null || !prefer.contains(RESPOND_ASYNC)) {
      SubmissionReceipt receipt = ledger.importFile(fileName, content, contract);
      return Response.status(Response.Status.CREATED).entity(receipt).build();
    }
    long id = imports.submit(fileName, content, contract);
    return Response.accepted(imports.status(id).orElseThrow())
        .location(
            uri.getBaseUriBuilder().path(ResultsResource.class).path("imports/{id}").build(id))
        .header("Preference-Applied", RESPOND_ASYNC)
        .build();
  }

  @GET
  @Path("imports/{id}")
  @Operation(
      operationId = "getImportStatus",
      summary = "How a results file sent with Prefer: respond-async stands, or how it ended",
      description =
          "state RUNNING with percent read; then STORED with the receipt, REJECTED with problemCount and the first problems by"
              + " line and column, FAILED, or INTERRUPTED when the server stopped during the import (nothing stored in the last three)."
              + " Roles: PROCUREMENT, AUDITOR, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "OK",
      content = @Content(schema = @Schema(implementation = ImportStatus.class)))
  public JsonObject importStatus(
      @Parameter(description = "The background import's id, as its Location names it")
          @PathParam("id")
          long id,
      @Context HttpHeaders headers) {
    ImportStatus status =
        imports.status(id).orElseThrow(() -> new NotFoundException("No import " + id));
    JsonObject asRecorded = JSON.createReader(new StringReader(STATUS.toJson(status))).readObject();
    if (status.problems() == null) {
      return asRecorded;
    }
    // a refused file's problems in the caller's words too, as a synchronous import's 400 gives them
    return JSON.createObjectBuilder(asRecorded)
        .add("problems", LineProblems.of(status.problems(), Problems.language(headers), false))
        .build();
  }

  @GET
  @Path("late")
  @Operation(
      operationId = "listLateReports",
      summary = "Reports due and not received, for running contracts",
      description = "Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<LateReport> late(
      @Parameter(description = "Only this vendor's contracts (its id)") @QueryParam("vendor")
          Long vendorId) {
    return reads.lateReports(vendorId);
  }
}
