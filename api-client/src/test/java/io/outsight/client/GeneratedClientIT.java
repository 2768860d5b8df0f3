package io.outsight.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.outsight.client.api.AuditTrailApi;
import io.outsight.client.api.ContractsApi;
import io.outsight.client.api.ExportsApi;
import io.outsight.client.api.MetricLedgerApi;
import io.outsight.client.api.VendorsApi;
import io.outsight.client.model.ContractStatus;
import io.outsight.client.model.ContractSummary;
import io.outsight.client.model.FileCheck;
import io.outsight.client.model.Problem;
import io.outsight.client.model.ServiceOffering;
import io.outsight.client.model.SubmissionReceipt;
import io.outsight.client.model.SuccessReport;
import io.outsight.client.model.SuccessReportMetric;
import io.outsight.client.model.VendorProfile;
import io.outsight.client.model.Verification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration team's program: the client openapi-generator wrote from docs/openapi.yaml, used
 * against the portal with its demo data for what such programs do, and refused as an auditor's
 * program would be.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedClientIT {

  private static final String PASSWORD = "outsight-demo";

  @Deployment(testable = false)
  static WebArchive portal() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("outsight.war")));
  }

  @ArquillianResource URL deployed;

  @Test
  void wasGeneratedFromTheDescriptionThePortalServes() throws Exception {
    HttpResponse<String> served =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(deployed + "openapi"))
                    .header("Authorization", "Basic " + credentials("auditor"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(served.statusCode()).isEqualTo(200);

    OpenAPI portal = new OpenAPIV3Parser().readContents(served.body()).getOpenAPI();
    OpenAPI generatedFrom =
        new OpenAPIV3Parser()
            .readContents(Files.readString(Path.of(System.getProperty("outsight.description"))))
            .getOpenAPI();
    // the server is each portal's own address; everything else is the contract
    portal.setServers(null);
    generatedFrom.setServers(null);
    assertThat(portal).isEqualTo(generatedFrom);
  }

  @Test
  void listsContractsImportsResultsReadsTheReportAndVerifiesAnExportAndTheAuditTrail()
      throws Exception {
    ApiClient procurement = signedInAs("procurement");
    ApiClient auditor = signedInAs("auditor");

    List<ContractSummary> active =
        new ContractsApi(procurement).listContracts(null, null, ContractStatus.ACTIVE, null);
    ContractSummary demo =
        active.stream()
            .filter(contract -> contract.getReference().equals("LF-2026-01"))
            .findFirst()
            .orElseThrow();
    assertThat(demo.getVendorName()).isEqualTo("LeadForge Nordic Oy");

    String month = YearMonth.now().minusMonths(1).toString();
    SubmissionReceipt receipt =
        new MetricLedgerApi(procurement)
            .recordResults(
                "contract;period;leads created;reason\n"
                    + "LF-2026-01;"
                    + month
                    + ";171;Recounted by the vendor\n",
                null,
                "client.csv",
                null);
    assertThat(receipt.getValues()).isEqualTo(1);
    assertThat(receipt.getContracts()).containsExactly("LF-2026-01");

    SuccessReport report =
        new ContractsApi(auditor).getSuccessReport(demo.getId(), null, "en", null, null);
    assertThat(report.getMetadata().getContract()).isEqualTo("LF-2026-01");
    assertThat(report.getMetadata().getGeneratedBy()).isEqualTo("auditor");
    SuccessReportMetric leads =
        report.getMetrics().stream()
            .filter(metric -> metric.getMetric().equals("leads-created"))
            .findFirst()
            .orElseThrow();
    assertThat(leads.getPeriods())
        .filteredOn(period -> period.getPeriod().equals(month))
        .singleElement()
        .satisfies(period -> assertThat(period.getActual()).isEqualByComparingTo("171"));

    File export = new ExportsApi(auditor).exportPortfolio(month, "en", month);
    String csv = Files.readString(export.toPath(), StandardCharsets.UTF_8);
    assertThat(csv).contains("LF-2026-01", "171");
    FileCheck genuine = new ExportsApi(auditor).verifyExport(csv);
    assertThat(genuine.getGenuine()).isTrue();
    assertThat(genuine.getExports()).isNotEmpty();
    FileCheck altered = new ExportsApi(auditor).verifyExport(csv.replace("171", "917"));
    assertThat(altered.getGenuine()).isFalse();

    Verification trail = new AuditTrailApi(auditor).verifyAuditTrail();
    assertThat(trail.getIntact()).isTrue();
    assertThat(trail.getEventsChecked()).isPositive();
  }

  @Test
  void refusesAnAuditorsChangeWithATypedProblem() throws Exception {
    ApiClient auditor = signedInAs("auditor");
    VendorProfile vendor =
        new VendorProfile()
            .name("Audited Prospecting Oy")
            .businessId("1757491-6")
            .country("FI")
            .services(List.of(ServiceOffering.LEAD_GENERATION));

    ApiException refused =
        catchThrowableOfType(
            ApiException.class, () -> new VendorsApi(auditor).registerVendor(vendor));

    assertThat(refused.getCode()).isEqualTo(403);
    assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    Problem problem = auditor.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    assertThat(problem.getStatus()).isEqualTo(403);
    assertThat(problem.getType()).isEqualTo("urn:outsight:problem:forbidden");
  }

  /** A client of the portal under test, signing in as a demo user with HTTP Basic. */
  private ApiClient signedInAs(String user) {
    ApiClient client = new ApiClient();
    String base = deployed.toString();
    client.updateBaseUri(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    client.setRequestInterceptor(
        request ->
            request
                .header("Authorization", "Basic " + credentials(user))
                .header("Accept-Language", "en"));
    return client;
  }

  private static String credentials(String user) {
    return Base64.getEncoder()
        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
