package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.reporting.settlement.InvoiceCheck;
import io.outsight.reporting.settlement.Invoices;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
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
 * The vendors' invoices, checked against what was settled. Roles: everyone signed in reads;
 * PROCUREMENT and ADMIN record.
 */
@Path("invoices")
@RequestScoped
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class InvoicesResource {

  /** The invoice of a contract's period: its number, date and amount in the contract's currency. */
  public record InvoiceEntry(
      long contractId,
      String period,
      String number,
      @Schema(example = "2026-11-05") LocalDate invoicedOn,
      BigDecimal amount) {}

  /** A flagged invoice's variance accepted: the invoice's version as shown, and why. */
  @Schema(name = "InvoiceAcceptanceEntry")
  public record AcceptanceEntry(Long version, String note) {}

  @EJB private Invoices invoices;

  @GET
  @Operation(
      operationId = "listInvoices",
      summary = "The invoices of a contract, or, without contract, those beyond their tolerance",
      description =
          "Each beside what was settled for its period, with the variance and whether it is beyond the contract's tolerance."
              + " Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<InvoiceCheck> invoices(
      @Parameter(
              description =
                  "Only this contract's invoices (its id); without it, every invoice beyond its tolerance and not yet accepted")
          @QueryParam("contract")
          Long contractId) {
    return contractId == null ? invoices.toCheck() : invoices.of(contractId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "recordInvoice",
      summary = "Record the vendor's invoice for a settled period",
      description =
          "One invoice per period, and only for a settled one (409 problem+json: invoice.unsettled, invoice.duplicate). 400 names"
              + " the field: number (at most 60 characters), invoicedOn (not before the period, not after today), amount (at most two"
              + " decimals, from 0). Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded, beside what was settled",
      content = @Content(schema = @Schema(implementation = InvoiceCheck.class)))
  @APIResponse(responseCode = "409", description = "invoice.unsettled or invoice.duplicate")
  public Response record(@NotNull InvoiceEntry entry) {
    InvoiceCheck check =
        invoices.record(
            entry.contractId(), entry.period(), entry.number(), entry.invoicedOn(), entry.amount());
    return Response.status(Response.Status.CREATED).entity(check).build();
  }

  @POST
  @Path("{id}/acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "acceptInvoice",
      summary = "Accept the variance of an invoice beyond its tolerance, with a note",
      description =
          "The invoice then leaves the list to check. Someone other than whoever recorded it accepts it. 400 problem+json"
              + " invoice.acceptance-note (plain text, 1 to 500 characters) or a missing version; 404 invoice.unknown; 409"
              + " invoice.within-tolerance, invoice.accepted-already, invoice.four-eyes, invoice.changed-meanwhile. Audited."
              + " Roles: PROCUREMENT, ADMIN.")
  @APIResponse(
      responseCode = "200",
      description = "The invoice, its variance accepted",
      content = @Content(schema = @Schema(implementation = InvoiceCheck.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "invoice.within-tolerance, invoice.accepted-already, invoice.four-eyes or invoice.changed-meanwhile")
  public InvoiceCheck accept(
      @Parameter(description = "The invoice's id") @PathParam("id") long id,
      @NotNull AcceptanceEntry entry) {
    if (entry.version() == null) {
      throw new IllegalArgumentException("version: give the version of the invoice you were shown");
    }
    return invoices.accept(id, entry.version(), entry.note());
  }

  /**
   * The file import where version 1 first had it, beside the JSON record: one path and method
   * cannot be described twice, so the description has it at {@code files} (docs/api.md).
   */
  @POST
  @Consumes("text/csv")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(hidden = true)
  public Response importFileAtRecord(
      @QueryParam("file") @DefaultValue("invoices.csv") String fileName, InputStream content) {
    return importFile(fileName, content);
  }

  @POST
  @Path("files")
  @Consumes("text/csv")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      operationId = "importInvoices",
      summary = "Import invoices from a CSV file, all or none",
      description =
          "Columns contract, period, invoice, date, amount (or sopimus, jakso, laskunumero, laskupäivä, summa), comma or"
              + " semicolon, decimal comma or point. 400 lists every problem by line and column. Roles: PROCUREMENT, ADMIN.")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "201",
      description = "Imported: every invoice beside what was settled",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InvoiceCheck.class)))
  public Response importFile(
      @Parameter(
              description =
                  "The file's name, kept with what it brought in and named in the audit trail")
          @QueryParam("file")
          @DefaultValue("invoices.csv")
          String fileName,
      InputStream content) {
    return Response.status(Response.Status.CREATED)
        .entity(invoices.importFile(fileName, content))
        .build();
  }
}
