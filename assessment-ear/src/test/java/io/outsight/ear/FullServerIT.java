package io.outsight.ear;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The EAR on a full-profile server: Payara Server's full distribution, set up as the README tells
 * an operator (Outsight's configuration, then the connection pool from the commands the portal
 * runs), the EAR deployed with an extension shipped in its library folder, used through the web
 * module and the API as people and programs use it, then undeployed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullServerIT {

  private static final String PASSWORD = "outsight-demo";

  private static final String DEMO_CONTRACT = "LF-2026-01";

  private static FullServer server;

  @BeforeAll
  static void deploy() throws IOException {
    Path installation = Path.of(System.getProperty("outsight.full-server"));
    Path data = installation.resolveSibling("data");
    deleteRecursively(data);
    Files.createDirectories(data.resolve("extensions"));
    Map<String, String> configuration = new LinkedHashMap<>();
    configuration.put("outsight.datasource.url", "jdbc:h2:file:" + data.resolve("db/outsight"));
    configuration.put("outsight.datasource.user", "outsight");
    configuration.put("outsight.datasource.password", "outsight");
    configuration.put("outsight.audit.key", "6Yzj/GE7CdgG4wvR7z/pWBCd2VCftUwJugVP94AVgGA=");
    configuration.put("outsight.audit.checkpoint-directory", data.resolve("anchors").toString());
    configuration.put("outsight.extensions.directory", data.resolve("extensions").toString());
    configuration.put("outsight.demo.enabled", "true");
    server =
        FullServer.start(
            installation,
            configuration,
            Path.of(System.getProperty("outsight.datasource.commands")));
    server.deploy(earShippingTheExampleExtension(data));
  }

  /** The EAR as built, with the example extension added to its library folder. */
  private static Path earShippingTheExampleExtension(Path data) throws IOException {
    Path ear = data.resolve("outsight.ear");
    Files.copy(Path.of(System.getProperty("outsight.ear")), ear);
    try (FileSystem archive = FileSystems.newFileSystem(ear)) {
      Files.copy(
          Path.of(System.getProperty("outsight.shipped-extension")),
          archive.getPath("lib", "outsight-example-extension.jar"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    return ear;
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void aSignedInUserSeesTheContractsPage() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    URI contracts = server.http("/outsight/contracts/index.xhtml");

    HttpResponse<String> signIn = browser.send(get(contracts).build(), BodyHandlers.ofString());
    assertThat(signIn.body()).contains("j_security_check").doesNotContain(DEMO_CONTRACT);

    String form =
        "j_username="
            + URLEncoder.encode("procurement", StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(server.http("/outsight/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en")
                .POST(BodyPublishers.ofString(form))
                .build(),
            BodyHandlers.ofString());
    HttpResponse<String> page =
        signedIn.body().contains(DEMO_CONTRACT)
            ? signedIn
            : browser.send(get(contracts).build(), BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(DEMO_CONTRACT, "LeadForge Nordic Oy");
  }

  @Test
  @Order(2)
  void procurementRegistersAVendorImportsResultsAndAnAuditorDownloadsTheReport() throws Exception {
    HttpClient program = HttpClient.newHttpClient();
    String vendor =
        Json.createObjectBuilder()
            .add("name", "Full Profile Sales Oy")
            .add("businessId", "2345678-0")
            .add("country", "FI")
            .add("contactName", "Satu Myyjä")
            .add("contactEmail", "satu@fullprofile.example")
            .add("services", Json.createArrayBuilder().add("LEAD_GENERATION"))
            .build()
            .toString();
    HttpResponse<String> registered = register(program, vendor, "procurement");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    assertThat(json(registered.body()).getString("name")).isEqualTo("Full Profile Sales Oy");

    String month = YearMonth.now().minusMonths(1).toString();
    HttpResponse<String> imported =
        program.send(
            api("/results?file=full-server.csv", "procurement")
                .header("Content-Type", "text/csv")
                .POST(
                    BodyPublishers.ofString(
                        "contract;period;leads created\n" + DEMO_CONTRACT + ";" + month + ";173\n"))
                .build(),
            BodyHandlers.ofString());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    assertThat(json(imported.body()).getInt("values")).isEqualTo(1);

    long contract = demoContractId(program);
    HttpResponse<String> csv =
        program.send(
            api("/contracts/" + contract + "/report", "auditor")
                .header("Accept", "text/csv")
                .build(),
            BodyHandlers.ofString());
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.body())
        .contains("Contract reference," + DEMO_CONTRACT)
        .containsPattern("\nLeads created,[^,]+,[0-9.]+,173,");

    HttpResponse<byte[]> pdf =
        program.send(
            api("/contracts/" + contract + "/report", "auditor")
                .header("Accept", "application/pdf")
                .build(),
            BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    HttpResponse<String> refused = register(program, vendor, "auditor");
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  @Order(3)
  void findsTheExtensionInTheLibraryFolderAndExportsWithIt() throws Exception {
    HttpClient program = HttpClient.newHttpClient();
    HttpResponse<String> listed =
        program.send(api("/extensions", "admin").build(), BodyHandlers.ofString());
    JsonArray extensions = Json.createReader(new StringReader(listed.body())).readArray();
    assertThat(extensions.getValuesAs(JsonObject.class))
        .filteredOn(
            extension -> extension.getString("module").equals("outsight-example-extension.jar"))
        .extracting(extension -> extension.getString("id") + " " + extension.getString("state"))
        .containsExactlyInAnyOrder(
            "per-meeting-no-show-clawback LOADED",
            "meetings-no-show LOADED",
            "ods LOADED",
            "com.example.gdpr LOADED");
    assertThat(extensions.getValuesAs(JsonObject.class))
        .filteredOn(extension -> extension.getString("id").equals("revenue-share"))
        .extracting(extension -> extension.getString("module"))
        .containsExactly("assessment-core.jar");

    HttpResponse<byte[]> spreadsheet =
        program.send(
            api("/contracts/" + demoContractId(program) + "/report", "auditor")
                .header("Accept", "application/vnd.oasis.opendocument.spreadsheet")
                .build(),
            BodyHandlers.ofByteArray());
    assertThat(spreadsheet.statusCode()).isEqualTo(200);
    assertThat(new String(spreadsheet.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
  }

  @Test
  @Order(4)
  void listensOnLoopbackAlone() throws Exception {
    assertThat(server.listenersBeyondLoopback()).isEmpty();
  }

  @Test
  @Order(5)
  void undeploysLeavingNothingServed() throws Exception {
    server.undeploy("outsight");

    assertThat(server.applications()).doesNotContain("outsight");
    HttpResponse<String> gone =
        HttpClient.newHttpClient()
            .send(get(server.http("/outsight/")).build(), BodyHandlers.ofString());
    assertThat(gone.statusCode()).isEqualTo(404);
  }

  private static HttpResponse<String> register(HttpClient program, String vendor, String user)
      throws Exception {
    return program.send(
        api("/vendors", user)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(vendor))
            .build(),
        BodyHandlers.ofString());
  }

  private static long demoContractId(HttpClient program) throws Exception {
    HttpResponse<String> contracts =
        program.send(api("/contracts", "auditor").build(), BodyHandlers.ofString());
    return Json.createReader(new StringReader(contracts.body())).readArray().stream()
        .map(JsonObject.class::cast)
        .filter(contract -> contract.getString("reference").equals(DEMO_CONTRACT))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static HttpRequest.Builder api(String path, String user) {
    return get(server.http("/outsight/api/v1" + path))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpRequest.Builder get(URI address) {
    return HttpRequest.newBuilder(address).header("Accept-Language", "en");
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
