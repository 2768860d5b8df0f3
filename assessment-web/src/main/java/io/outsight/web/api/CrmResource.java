package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.extension.api.report.ReconciliationLine;
import io.outsight.reporting.contract.SuccessReports;
import io.outsight.reporting.reconciliation.CrmExplanations;
import io.outsight.reporting.reconciliation.CrmImports;
import io.outsight.reporting.reconciliation.CrmReceipt;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
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
 * Our own CRM's exports, and the vendors' figures checked against them. Roles: everyone signed in
 * reads; PROCUREMENT and ADMIN import.
 */
@Path("crm")
@RequestScoped
@Tag(name = "CRM reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class CrmResource {

  /**
   * A metric of a period, the vendor's figure beside our CRM's; reported is null when not, and the
   * explanation with who gave it and when null unless someone explained a flagged difference.
   */
  @Schema(name = "ReconciliationLine")
  public record Line(
      String period,
      String metric,
      BigDecimal reported,
      BigDecimal crm,
      BigDecimal difference,
      BigDecimal differencePercent,
      boolean flagged,
      String explanation,
      String explainedBy,
      Instant explainedAt) {

    static Line of(ReconciliationLine line) {
      ReconciliationLine.Explanation explained = line.explanation();
      return new Line(
          line.period().toString(),
          line.metric(),
          line.reported(),
          line.crm(),
          line.difference(),
          line.differencePercent(),
          line.flagged(),
          explained == null ? null : explained.reason(),
          explained == null ? null : explained.by(),
          explained == null ? null : explained.at());
    }
  }

  /** Why a contract's metric differs from our CRM's count in a period. */
  public record ExplanationEntry(long contractId, String period, String metric, String reason) {}

  @EJB private CrmExplanations explanations;

  @EJB private CrmImports imports;

  @EJB private SuccessReports reports;

  @POST
  @Consumes("text/csv")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "importCrmDeals",
      summary = "Import the company's CRM export, all or none, each file once",
      description =
          "A line per record: contract, type (lead, qualified lead, meeting, deal, or in Finnish), date, and for deals their"
              + " value; other columns are left alone. Counted per contract, metric and period. 400 lists every problem by line"
              + " and column; 409 when the same file was imported before. Roles: PROCUREMENT, ADMIN.")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "201",
      description = "Imported; what was counted",
      content = @Content(schema = @Schema(implementation = CrmReceipt.class)))
  @APIResponse(responseCode = "409", description = "The same file was imported before")
  public Response importFile(
      @Parameter(
              description =
                  "The file's name, kept with what it brought in and named in the audit trail")
          @QueryParam("file")
          @DefaultValue("crm.csv")
          String fileName,
      InputStream content) {
    CrmReceipt receipt = imports.importFile(fileName, content);
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }

  @GET
  @Path("reconciliation")
  @Operation(
      operationId = "getCrmReconciliation",
      summary = "A contract's figures beside what our CRM counted, newest period first",
      description =
          "For every ended period and metric the CRM counted: the vendor's figure (null when not reported), the CRM's,"
              + " the difference, whether it is beyond the tolerance and, once someone explained it, why. Roles:"
              + " PROCUREMENT, AUDITOR, ADMIN.")
  public List<Line> reconciliation(
      @Parameter(description = "The contract's id") @QueryParam("contract") Long contractId) {
    if (contractId == null) {
      throw new IllegalArgumentException("contract: give the id of the contract to reconcile");
    }
    return reports.reconciliation(contractId).stream().map(Line::of).toList();
  }

  @POST
  @Path("explanations")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "explainReconciliationDifference",
      summary = "Explain a difference from our CRM beyond the tolerance",
      description =
          "Once explained, the success report no longer counts the difference against the vendor, until it changes:"
              + " the explanation holds for the difference it explained. 400 problem+json crm.explanation.period or"
              + " crm.explanation.reason (plain text, 1 to 500 characters); 409 crm.explanation.nothing-to-explain where the"
              + " difference is within the tolerance or explained already, crm.explanation.four-eyes for whoever recorded the"
              + " vendor's figure. Audited. Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "The difference, explained",
      content = @Content(schema = @Schema(implementation = Line.class)))
  @APIResponse(
      responseCode = "409",
      description = "crm.explanation.nothing-to-explain or crm.explanation.four-eyes")
  public Response explain(@NotNull ExplanationEntry entry) {
    Line explained =
        Line.of(
            explanations.explain(
                entry.contractId(), entry.period(), entry.metric(), entry.reason()));
    return Response.status(Response.Status.CREATED).entity(explained).build();
  }
}
