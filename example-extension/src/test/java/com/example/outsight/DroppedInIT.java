package com.example.outsight;

import static org.assertj.core.api.Assertions.assertThat;

import io.outsight.web.Browser;
import io.outsight.web.pages.AssessmentResultPage;
import io.outsight.web.pages.AssessmentWizardPage;
import io.outsight.web.pages.ContractEditPage;
import io.outsight.web.pages.LoginPage;
import io.outsight.web.pages.VendorListPage;
import io.outsight.web.pages.VendorPage;
import io.outsight.web.pages.Widgets;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal's WAR, as built, started with this module's jar in its extensions folder
 * (arquillian.xml): each of the four contributions used where the portal's own are, through the API
 * as a program would.
 */
@ExtendWith(ArquillianExtension.class)
class DroppedInIT {

  private static final String JAR = "outsight-example-extension-1.0.0.jar";

  private static final String PASSWORD = "outsight-demo";

  @Deployment(testable = false)
  static WebArchive portal() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("outsight.war")));
  }

  @ArquillianResource URL deployed;

  @Test
  void eachContributionIsLoadedFromTheJarAtItsPoint() throws Exception {
    JsonArray installed = (JsonArray) json(call("GET", "extensions", "admin", null, null));

    Map<String, JsonObject> fromTheJar = new HashMap<>();
    installed.getValuesAs(JsonObject.class).stream()
        .filter(extension -> extension.getString("module").equals(JAR))
        .forEach(extension -> fromTheJar.put(extension.getString("extensionPoint"), extension));
    assertThat(fromTheJar)
        .containsOnlyKeys(
            "CompensationModel", "MetricDefinition", "ReportExporter", "QuestionnaireProvider");
    assertThat(fromTheJar.get("CompensationModel").getString("id"))
        .isEqualTo(MeetingsWithNoShowClawback.ID);
    assertThat(fromTheJar.get("MetricDefinition").getString("id")).isEqualTo(NoShowMetric.ID);
    assertThat(fromTheJar.get("ReportExporter").getString("id")).isEqualTo("ods");
    assertThat(fromTheJar.get("QuestionnaireProvider").getString("id"))
        .isEqualTo("com.example.gdpr");
    assertThat(fromTheJar.values())
        .allSatisfy(
            extension -> {
              assertThat(extension.getString("state")).isEqualTo("LOADED");
              assertThat(extension.getString("version")).isEqualTo("1.0.0");
            });
  }

  @Test
  void aContractPaysPerMeetingLessItsNoShowsAndReportsAsAnOpenDocumentSpreadsheet()
      throws Exception {
    YearMonth last = YearMonth.now().minusMonths(1);
    LocalDate start = last.minusMonths(2).atDay(1);
    String reference = "MEET-" + System.currentTimeMillis() % 100000;
    // the demo's vendor already under contract: approved by its due diligence
    long vendor = demoContract().getJsonNumber("vendorId").longValue();

    // a value above the model's bound is refused, naming the parameter, and nothing is drafted
    HttpResponse<String> refused =
        call(
            "POST",
            "contracts",
            "procurement",
            draft(vendor, reference, start, "150", "120"),
            null);
    assertThat(refused.statusCode()).isEqualTo(409);
    JsonObject problem = (JsonObject) json(refused);
    assertThat(problem.getString("rule")).isEqualTo("contract.parameter-above-maximum");
    assertThat(problem.getJsonArray("details").getString(0))
        .isEqualTo(MeetingsWithNoShowClawback.CLAWBACK);
    assertThat(call("GET", "contracts", "procurement", null, null).body())
        .doesNotContain(reference);

    JsonObject drafted =
        (JsonObject)
            json(
                call(
                    "POST",
                    "contracts",
                    "procurement",
                    draft(vendor, reference, start, "150", "50"),
                    null));
    long id = drafted.getJsonNumber("id").longValue();
    assertThat(drafted.getJsonObject("terms").getJsonObject("compensationParameters"))
        .containsEntry(
            MeetingsWithNoShowClawback.FEE, Json.createValue(new java.math.BigDecimal("150.0000")))
        .hasSize(2);
    HttpResponse<String> activated =
        call(
            "POST",
            "contracts/" + id + "/status",
            "procurement",
            "{\"version\":" + drafted.getJsonNumber("version") + ",\"status\":\"ACTIVE\"}",
            null);
    assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);

    // the vendor's file names the metric by the extension's Finnish alias
    HttpResponse<String> imported =
        call(
            "POST",
            "results",
            "procurement",
            "contract;period;meetings booked;peruuntuneet tapaamiset\n"
                + reference
                + ";"
                + last
                + ";12;2\n",
            "text/csv");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

    String payouts = call("GET", "contracts/" + id + "/payouts", "auditor", null, null).body();
    assertThat(payouts)
        .contains(
            "Meetings booked: 12 at 150.00 EUR",
            "No-shows clawed back: 2 at 50 % of 150.00 EUR",
            "1650");
    String finnish =
        call("GET", "contracts/" + id + "/payouts?lang=fi", "auditor", null, null).body();
    assertThat(finnish)
        .contains("Peruuntuneet tapaamiset perittiin takaisin: 2 × 50 % palkkiosta 150,00 EUR");

    HttpResponse<byte[]> ods =
        HttpClient.newHttpClient()
            .send(
                request("contracts/" + id + "/report?from=" + last + "&to=" + last, "auditor")
                    .header("Accept", OpenDocumentExporter.MEDIA_TYPE)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(ods.statusCode()).isEqualTo(200);
    assertThat(ods.headers().firstValue("Content-Type")).hasValue(OpenDocumentExporter.MEDIA_TYPE);
    assertThat(ods.headers().firstValue("X-Content-SHA256")).isPresent();
    Map<String, String> entries = unzipped(ods.body());
    assertThat(entries).containsEntry("mimetype", OpenDocumentExporter.MEDIA_TYPE);
    assertThat(entries.get("content.xml"))
        .contains(
            reference,
            "Meetings not held (no-shows)",
            "per-meeting-no-show-clawback 1.0.0 (meeting-fee 150, no-show-clawback-percent 50)",
            "office:value=\"1650.00\"",
            "Flag (below 100 %)");

    // the format's option: every period flagged below 200 %, none below 0 %; out of bounds refused
    String report = "contracts/" + id + "/report?from=" + last + "&to=" + last;
    assertThat(odsContent(report + "&option=" + OpenDocumentExporter.THRESHOLD + "=200"))
        .contains("Flag (below 200 %)", "<text:p>!</text:p>");
    assertThat(odsContent(report + "&option=" + OpenDocumentExporter.THRESHOLD + "=0"))
        .contains("Flag (below 0 %)")
        .doesNotContain("<text:p>!</text:p>");
    HttpResponse<String> tooHigh =
        HttpClient.newHttpClient()
            .send(
                request(report + "&option=" + OpenDocumentExporter.THRESHOLD + "=250", "auditor")
                    .header("Accept", OpenDocumentExporter.MEDIA_TYPE)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(tooHigh.statusCode()).isEqualTo(400);
    assertThat(tooHigh.body())
        .contains("report.option-above-maximum", OpenDocumentExporter.THRESHOLD);
    HttpResponse<String> noSuchOption =
        HttpClient.newHttpClient()
            .send(
                request(report + "&option=" + OpenDocumentExporter.THRESHOLD + "=90", "auditor")
                    .header("Accept", "text/csv")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(noSuchOption.statusCode()).isEqualTo(400);
    assertThat(noSuchOption.body()).contains("report.option-unknown");

    // an Accept no installed format writes is refused
    HttpResponse<String> unwritten =
        HttpClient.newHttpClient()
            .send(
                request("contracts/" + id + "/report?from=" + last + "&to=" + last, "auditor")
                    .header("Accept", "image/png")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(unwritten.statusCode()).isEqualTo(406);
  }

  /**
   * In the browser: the administrator sees the jar's contributions on the extensions page, the
   * contract form asks for the model's own parameters in Finnish, and once the model is disabled
   * the form no longer offers it.
   */
  @Test
  void anAdministratorSeesTheJarsExtensionsAndDisablingTheModelTakesItFromTheContractForm()
      throws Exception {
    Path downloads = Files.createTempDirectory("example-extension-downloads");
    WebDriver browser = Browser.start(downloads);
    try {
      browser.get(onLoopback() + "admin/extensions.xhtml");
      new LoginPage(browser).signIn("admin", PASSWORD);
      for (String id :
          List.of(MeetingsWithNoShowClawback.ID, NoShowMetric.ID, "ods", "com.example.gdpr")) {
        WebElement row = installedRow(browser, id);
        assertThat(row.getText()).contains(JAR);
        assertThat(row.findElements(By.cssSelector("[data-state='LOADED']"))).hasSize(1);
      }
      // each by the name it gives itself in the reader's language, as the contract forms show it
      new VendorListPage.LanguageSwitch(browser).to("FI");
      assertThat(installedRow(browser, MeetingsWithNoShowClawback.ID).getText())
          .contains("Tapaamisittain, peruuntuneet peritään takaisin");
      assertThat(installedRow(browser, "ods").getText()).contains("OpenDocument-laskentataulukko");
      new VendorListPage.LanguageSwitch(browser).to("EN");
      assertThat(installedRow(browser, "ods").getText()).contains("OpenDocument spreadsheet");

      browser.get(onLoopback() + "contracts/edit.xhtml?vendor=2");
      new ContractEditPage(browser);
      new VendorListPage.LanguageSwitch(browser).to("FI");
      Widgets.choose(browser, "contract:model", "Tapaamisittain, peruuntuneet peritään takaisin");
      WebElement parameters =
          Browser.waitUpTo(browser, Duration.ofSeconds(20))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("fieldset.os-model-parameters")));
      assertThat(parameters.getText())
          .contains(
              "Palkkio varatusta tapaamisesta",
              "Maksetaan jokaisesta toimittajan varaamasta tapaamisesta",
              "Peruuntuneen tapaamisen takaisinperintä")
          .doesNotContain("Fee per meeting booked");

      long demoContract = demoContract().getJsonNumber("id").longValue();
      browser.get(onLoopback() + "contracts/report.xhtml?id=" + demoContract);
      assertThat(
              Browser.waitUpTo(browser, Duration.ofSeconds(20))
                  .until(
                      ExpectedConditions.visibilityOfElementLocated(
                          By.cssSelector("fieldset[data-format='ods']")))
                  .getText())
          .contains("Merkitse toteuma alle", "Huomio-sarakkeeseen");
      // the value typed is the one the file is written with
      Widgets.number(
          browser,
          browser.findElement(
              By.cssSelector("fieldset[data-format='ods'] input[id$='parameter_input']")),
          "150");
      browser.findElement(By.cssSelector("button.os-export-ods")).click();
      assertThat(unzipped(Files.readAllBytes(Browser.awaitDownload(downloads, ".ods"))))
          .hasEntrySatisfying(
              "content.xml", content -> assertThat(content).contains("Huomio (alle 150 %)"));

      browser.get(onLoopback() + "vendors/vendor.xhtml?id=2");
      AssessmentWizardPage wizard =
          new VendorPage(browser).startCheck("Henkilötietojen käsittely ja GDPR");
      assertThat(browser.findElement(By.id("assessment:wizard")).getText())
          .contains(
              "Käsittely puolestamme",
              "Onko toimittaja allekirjoittanut kanssamme käsittelysopimuksen");
      wizard.answerStep(Map.of(DataProtectionCheck.AGREEMENT, "Ei")).next();
      wizard.answerStep(Map.of()).next();
      AssessmentResultPage result = wizard.submit();
      assertThat(result.status()).isEqualTo("Valmis");
      assertThat(result.notice()).contains("Tarkistus on valmis");
      assertThat(result.redFlags())
          .anySatisfy(flag -> assertThat(flag).contains("Ei käsittelysopimusta"));
      // a check is neither reviewed nor revised
      assertThat(result.offersReview()).isFalse();
      assertThat(browser.findElements(By.cssSelector("[id$=':revise']"))).isEmpty();
      new VendorListPage.LanguageSwitch(browser).to("EN");

      // a contract drafted with the model keeps it, and says so once the model is disabled
      long kept =
          ((JsonObject)
                  json(
                      call(
                          "POST",
                          "contracts",
                          "procurement",
                          draft(
                              2,
                              "KEPT-" + System.currentTimeMillis() % 100000,
                              LocalDate.now().withDayOfMonth(1),
                              "100",
                              "50"),
                          null)))
              .getJsonNumber("id")
              .longValue();
      browser.get(onLoopback() + "admin/extensions.xhtml");
      installedRow(browser, MeetingsWithNoShowClawback.ID)
          .findElement(By.cssSelector("button[id$=':disable']"))
          .click();
      awaitState(browser, MeetingsWithNoShowClawback.ID, "DISABLED");
      try {
        browser.get(onLoopback() + "contracts/contract.xhtml?id=" + kept);
        assertThat(
                Browser.waitUpTo(browser, Duration.ofSeconds(20))
                    .until(
                        ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("[id$='model-disabled']")))
                    .getText())
            .contains("disabled for new contracts");
        browser.get(onLoopback() + "contracts/edit.xhtml?vendor=2");
        assertThat(new ContractEditPage(browser).modelsOffered())
            .contains("per-lead")
            .doesNotContain(MeetingsWithNoShowClawback.ID);
      } finally {
        browser.get(onLoopback() + "admin/extensions.xhtml");
        installedRow(browser, MeetingsWithNoShowClawback.ID)
            .findElement(By.cssSelector("button[id$=':enable']"))
            .click();
        awaitState(browser, MeetingsWithNoShowClawback.ID, "LOADED");
      }
      browser.get(onLoopback() + "contracts/edit.xhtml?vendor=2");
      assertThat(new ContractEditPage(browser).modelsOffered())
          .contains(MeetingsWithNoShowClawback.ID);
    } finally {
      browser.quit();
    }
  }

  /** The portal's address as the browser, which resolves no names, reaches it. */
  private String onLoopback() {
    return "http://127.0.0.1:" + deployed.getPort() + "/";
  }

  private static WebElement installedRow(WebDriver browser, String id) {
    return Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tr[td[normalize-space()='" + id + "']]")));
  }

  private static void awaitState(WebDriver browser, String id, String state) {
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//tr[td[normalize-space()='"
                        + id
                        + "']]//span[@data-state='"
                        + state
                        + "']")));
  }

  @Test
  void theQuestionnaireIsPublishedInBothLanguages() throws Exception {
    JsonArray templates = (JsonArray) json(call("GET", "templates", "admin", null, null));

    assertThat(templates.getValuesAs(JsonObject.class))
        .anySatisfy(
            template -> {
              assertThat(template.getString("id")).isEqualTo(DataProtectionCheck.TEMPLATE);
              assertThat(template.getInt("version")).isEqualTo(1);
            });
    String finnish =
        call("GET", "templates/" + DataProtectionCheck.TEMPLATE + "/1?lang=fi", "admin", null, null)
            .body();
    assertThat(finnish).contains("Onko toimittaja allekirjoittanut kanssamme käsittelysopimuksen");
  }

  /**
   * A vendor checked against the jar's questionnaire: refused while a question is open, scored with
   * the jar's red flag once complete, the vendor's own state as it was.
   */
  @Test
  void aVendorIsCheckedAgainstTheQuestionnaireAndItsRedFlagIsRaised() throws Exception {
    String vendorBefore =
        ((JsonObject) json(call("GET", "vendors/2", "procurement", null, null)))
            .getString("status");
    HttpResponse<String> started =
        call(
            "POST",
            "assessments",
            "procurement",
            Json.createObjectBuilder()
                .add("kind", "VENDOR_CHECK")
                .add("vendorId", 2)
                .add("template", DataProtectionCheck.TEMPLATE)
                .build()
                .toString(),
            null);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject check = (JsonObject) json(started);
    long id = check.getJsonNumber("id").longValue();
    assertThat(check.getString("kind")).isEqualTo("VENDOR_CHECK");
    assertThat(check.getString("templateId")).isEqualTo(DataProtectionCheck.TEMPLATE);

    JsonObject answered =
        answered(
            check,
            answer(DataProtectionCheck.AGREEMENT, "YES_NO", "false"),
            answer("processing.sub-processors", "YES_NO", "true"),
            answer(DataProtectionCheck.REGION, "CHOSEN", "inside-eea"),
            answer("security.maturity", "SCALE", "4"));
    HttpResponse<String> incomplete =
        call("POST", "assessments/" + id + "/submission", "procurement", version(answered), null);
    assertThat(incomplete.statusCode()).isEqualTo(409);
    assertThat(incomplete.body()).contains("security.breach-notice");

    JsonObject complete =
        answered(
            answered,
            answer(DataProtectionCheck.AGREEMENT, "YES_NO", "false"),
            answer("processing.sub-processors", "YES_NO", "true"),
            answer(DataProtectionCheck.REGION, "CHOSEN", "inside-eea"),
            answer("security.maturity", "SCALE", "4"),
            answer("security.breach-notice", "YES_NO", "true"));
    HttpResponse<String> submitted =
        call("POST", "assessments/" + id + "/submission", "procurement", version(complete), null);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    JsonObject done = (JsonObject) json(submitted);
    assertThat(done.getString("status")).isEqualTo("SUBMITTED");
    assertThat(done.getJsonArray("redFlags").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("no-processing-agreement");
    assertThat(
            ((JsonObject) json(call("GET", "vendors/2", "procurement", null, null)))
                .getString("status"))
        .isEqualTo(vendorBefore);

    HttpResponse<String> review =
        call(
            "POST",
            "assessments/" + id + "/review",
            "admin",
            Json.createObjectBuilder()
                .add("version", done.getJsonNumber("version").longValue())
                .add("decision", "APPROVED")
                .add("justification", "Seen")
                .build()
                .toString(),
            null);
    assertThat(review.statusCode()).isEqualTo(409);
    assertThat(review.body()).contains("assessment.not-submitted");
  }

  /** The answers saved over the assessment's draft as last read; the draft as it then stands. */
  private JsonObject answered(JsonObject assessment, JsonObject... answers) throws Exception {
    JsonArrayBuilder all = Json.createArrayBuilder();
    Arrays.stream(answers).forEach(all::add);
    return (JsonObject)
        json(
            call(
                "PUT",
                "assessments/" + assessment.getJsonNumber("id").longValue() + "/answers",
                "procurement",
                Json.createObjectBuilder()
                    .add("version", assessment.getJsonNumber("version").longValue())
                    .add("answers", all)
                    .build()
                    .toString(),
                null));
  }

  /** The demo data's active contract, LF-2026-01, as the API lists it. */
  private JsonObject demoContract() throws Exception {
    return ((JsonArray) json(call("GET", "contracts", "auditor", null, null)))
        .getValuesAs(JsonObject.class).stream()
            .filter(contract -> contract.getString("reference").equals("LF-2026-01"))
            .findFirst()
            .orElseThrow();
  }

  private static JsonObject answer(String question, String kind, String value) {
    return Json.createObjectBuilder()
        .add("question", question)
        .add("kind", kind)
        .add("value", value)
        .build();
  }

  private static String version(JsonObject assessment) {
    return Json.createObjectBuilder()
        .add("version", assessment.getJsonNumber("version").longValue())
        .build()
        .toString();
  }

  private static String draft(
      long vendor, String reference, LocalDate start, String fee, String clawback) {
    return "{\"vendorId\":"
        + vendor
        + ",\"terms\":{\"reference\":\""
        + reference
        + "\",\"scope\":\"LEAD_GENERATION\",\"start\":\""
        + start
        + "\",\"end\":\""
        + start.plusYears(1).minusDays(1)
        + "\",\"compensationModel\":\""
        + MeetingsWithNoShowClawback.ID
        + "\",\"tiers\":[{\"from\":0,\"rate\":0}],\"compensationParameters\":{\""
        + MeetingsWithNoShowClawback.FEE
        + "\":"
        + fee
        + ",\""
        + MeetingsWithNoShowClawback.CLAWBACK
        + "\":"
        + clawback
        + "},\"kpis\":[{\"metricId\":\""
        + NoShowMetric.ID
        + "\",\"direction\":\"LOWER_IS_BETTER\",\"target\":1,\"greenAt\":1,\"amberAt\":3}]}}";
  }

  private HttpResponse<String> call(
      String method, String path, String user, String body, String contentType)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = request(path, user);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", contentType == null ? "application/json" : contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    request.header("Accept", "application/json");
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String user) {
    return HttpRequest.newBuilder(URI.create(deployed + "api/v1/" + path))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonStructure json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  private String odsContent(String path) throws Exception {
    HttpResponse<byte[]> ods =
        HttpClient.newHttpClient()
            .send(
                request(path, "auditor").header("Accept", OpenDocumentExporter.MEDIA_TYPE).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(ods.statusCode()).isEqualTo(200);
    return unzipped(ods.body()).get("content.xml");
  }

  private static Map<String, String> unzipped(byte[] file) throws IOException {
    Map<String, String> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(List.copyOf(entries.keySet())).contains("mimetype", "content.xml");
    return entries;
  }
}
