package io.outsight.web.api;

import io.outsight.core.access.Roles;
import io.outsight.reporting.contract.SuccessReports;
import io.outsight.reporting.reconciliation.CrmImports;
import io.outsight.reporting.reconciliation.CrmReceipt;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

  /** A metric of a period, the vendor's figure beside our CRM's; reported is null when not. */
  public record Line(
      String period,
      String metric,
      BigDecimal reported,
      BigDecimal crm,
      BigDecimal difference,
      BigDecimal differencePercent,
      boolean flagged) {}

  @EJB private CrmImports imports;

  @EJB private SuccessReports reports;

  @POST
  @Consumes("text/csv")
  @RolesAllowed({Roles.PROCUREMENT, Roles.ADMIN})
  @Operation(
      summary = "Import the company's CRM export, all or none, each file once",
      description =
          "A line per record: contract, type (lead, qualified lead, meeting, deal, or in Finnish), date, and for deals their"
              + " value; other columns are left alone. Counted per contract, metric and period. 400 lists every problem by line"
              + " and column; 409 when the same file was imported before. Roles: PROCUREMENT, ADMIN.")
  public Response importFile(
      @QueryParam("file") @DefaultValue("crm.csv") String fileName, InputStream content) {
    CrmReceipt receipt = imports.importFile(fileName, content);
    return Response.status(Response.Status.CREATED).entity(receipt).build();
  }

  @GET
  @Path("reconciliation")
  @Operation(
      summary = "A contract's figures beside what our CRM counted, newest period first",
      description =
          "For every ended period and metric the CRM counted: the vendor's figure (null when not reported), the CRM's,"
              + " the difference and whether it is beyond the tolerance. Roles: PROCUREMENT, AUDITOR, ADMIN.")
  public List<Line> reconciliation(@QueryParam("contract") Long contractId) {
    if (contractId == null) {
      throw new IllegalArgumentException("contract: give the id of the contract to reconcile");
    }
    return reports.reconciliation(contractId).stream()
        .map(
            line ->
                new Line(
                    line.period().toString(),
                    line.metric(),
                    line.reported(),
                    line.crm(),
                    line.difference(),
                    line.differencePercent(),
                    line.flagged()))
        .toList();
  }
}
