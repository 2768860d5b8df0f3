package io.outsight.web;

import static io.outsight.web.PortalCalendar.monthsAgo;
import static org.assertj.core.api.Assertions.assertThat;

import io.outsight.web.pages.LoginPage;
import io.outsight.web.pages.VendorListPage;
import io.outsight.web.pages.VendorRegistrationPage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal fed with data written to attack it: vendors named with markup and script, one of them
 * under contract with results, so that its name reaches every page, the charts' scripts included.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

  /** Each sets the marker only if it runs; the text itself never holds the marker whole. */
  private static final List<String> HOSTILE_NAMES =
      List.of(
          "Script Oy </script><script>document.title='P'+'WNED';window.pwned=1</script>",
          "Image Oy <img src=x onerror=\"document.title='P'+'WNED';window.pwned=1\">",
          "Quote Oy \"><svg onload=\"document.title='P'+'WNED';window.pwned=1\">",
          "String Oy ';document.title='P'+'WNED';window.pwned=1;//",
          "Expression Oy #{1+1} ${2+2}");

  @Deployment(testable = false)
  static WebArchive portal() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("outsight.war")));
  }

  @ArquillianResource URL deployed;

  @RegisterExtension static final SharedBrowser SHARED_BROWSER = new SharedBrowser();

  private WebDriver browser;

  @BeforeEach
  void takeTheBrowser() {
    browser = SHARED_BROWSER.driver();
  }

  private String base() {
    return "http://127.0.0.1:" + deployed.getPort() + "/";
  }

  @Test
  void vendorsNamedWithScriptRunNoScriptOnAnyPage() throws Exception {
    browser.get(base() + "vendors/index.xhtml");
    new LoginPage(browser).signIn("procurement", "outsight-demo");
    for (int i = 0; i < HOSTILE_NAMES.size(); i++) {
      browser.get(base() + "vendors/register.xhtml");
      new VendorRegistrationPage(browser)
          .type("name", HOSTILE_NAMES.get(i))
          .type("businessId", businessId(4_100_000 + 10 * i))
          .type("contactName", "Hostile Contact")
          .type("contactEmail", "contact@hostile.example")
          .offer("Lead generation")
          .saveAccepted();
      assertThat(script("return window.pwned === undefined"))
          .as("the notice naming the vendor ran nothing")
          .isEqualTo(true);
    }
    String scripted = HOSTILE_NAMES.get(0);
    new VendorListPage(browser).filterByName("Script Oy").openVendor(scripted);
    long vendorId = Long.parseLong(browser.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1"));
    Api api = new Api(base());
    long assessmentId = approveByDueDiligence(api, vendorId);
    long contractId = runningContractWithResults(api, vendorId);
    HttpResponse<String> scenario =
        api.call(
            "POST",
            "scenarios",
            "procurement",
            Json.createObjectBuilder()
                .add("name", scripted)
                .add("inputs", Json.createReader(new StringReader(costModel("25000"))).readObject())
                .build()
                .toString());
    assertThat(scenario.statusCode()).as(scenario.body()).isEqualTo(201);
    long scenarioId = Api.object(scenario).getJsonNumber("id").longValue();

    for (String page :
        List.of(
            "",
            "decide/scenarios.xhtml",
            "decide/cost-model.xhtml?scenario=" + scenarioId,
            "vendors/index.xhtml",
            "vendors/vendor.xhtml?id=" + vendorId,
            "contracts/index.xhtml",
            "contracts/contract.xhtml?id=" + contractId,
            "contracts/report.xhtml?id=" + contractId,
            "assessments/result.xhtml?id=" + assessmentId)) {
      browser.get(base() + page);
      assertNothingInjectedRan(page);
    }
    browser.manage().deleteAllCookies();
    browser.get(base() + "audit/index.xhtml");
    new LoginPage(browser).signIn("auditor", "outsight-demo");
    assertNothingInjectedRan("audit/index.xhtml");

    browser.get(base() + "vendors/vendor.xhtml?id=" + vendorId);
    assertThat(browser.findElement(By.cssSelector("h1.os-title")).getText())
        .as("the name shown as text")
        .contains(scripted);
    Browser.screenshot(browser, "vendor-with-a-hostile-name");
    // PrimeFaces removes a widget's script once it ran: the page as sent shows what the chart was
    // given
    String dashboard =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base()))
                    .header(
                        "Cookie",
                        "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(dashboard)
        .as("the name reached the concentration chart's script, escaped")
        .contains("Script Oy \\u003c/script\\u003e\\u003cscript\\u003e");
  }

  @Test
  void everyPageCarriesAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base() + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

    List<String> policies = page.headers().allValues("Content-Security-Policy");
    assertThat(String.join("; ", policies))
        .contains(
            "script-src 'self' 'nonce-",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'self'",
            "form-action 'self'");
    String nonce = String.join(";", policies).replaceFirst("(?s).*'nonce-([^']+)'.*", "$1");
    assertThat(page.body())
        .as("the page's own scripts carry the nonce")
        .contains("nonce=\"" + nonce + "\"")
        .doesNotContainPattern("<script(?![^>]*nonce=)[^>]*>[^<]");
  }

  /** A request written to break the API, and what its answer must name. */
  private record Hostile(
      String method, String path, String contentType, byte[] body, String named) {

    static Hostile json(String method, String path, String body, String named) {
      return new Hostile(
          method, path, "application/json", body.getBytes(StandardCharsets.UTF_8), named);
    }
  }

  /**
   * Text from many Unicode categories: controls, a byte-order mark, right-to-left override, emoji,
   * CJK, combining marks.
   */
  private static final String EVERY_CATEGORY =
      "\\u0000\\u0007\\u001f\\ufeff\\u202e\\u2028\\ud83d\\ude00\\u4e2d\\u0301\\ud800";

  @Test
  void everyEndpointAnswersHostileInputWithAProblemNamingWhatIsWrongAndChangesNothing()
      throws Exception {
    Api api = new Api(base());
    long contractId =
        ((JsonArray) Api.read(api.call("GET", "contracts", "auditor", null).body()))
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    JsonObject draft =
        Api.object(
            api.call(
                "POST",
                "assessments",
                "procurement",
                "{\"kind\":\"VENDOR_DUE_DILIGENCE\",\"vendorId\":3}"));
    long assessmentId = draft.getJsonNumber("id").longValue();
    long eventsBefore = auditEvents(api);

    String huge = "1e999999999";
    String beyondLong = "99999999999999999999";
    List<Hostile> requests = new ArrayList<>();
    List<String> jsonWrites =
        List.of(
            "POST assessments",
            "PUT assessments/" + assessmentId + "/answers",
            "POST assessments/" + assessmentId + "/submission",
            "POST assessments/" + assessmentId + "/review",
            "POST contracts",
            "PUT contracts/" + contractId,
            "POST contracts/" + contractId + "/status",
            "POST cost-model",
            "POST scenarios",
            "POST results",
            "POST vendors",
            "PUT vendors/1",
            "POST vendors/1/status",
            "POST vendors/1/conditions/1/closing",
            "POST contracts/" + contractId + "/clauses/SUBCONTRACTING/acceptance");
    for (String write : jsonWrites) {
      String[] methodAndPath = write.split(" ", 2);
      for (String[] body :
          List.of(
              new String[] {"", ""},
              new String[] {"{", "line"},
              new String[] {"[1,2", "line"},
              new String[] {"null", ""},
              new String[] {"{\"version\":\"" + EVERY_CATEGORY + "\"}", ""},
              new String[] {"[".repeat(5_000) + "]".repeat(5_000), ""},
              new String[] {"{\"version\":" + huge + "}", ""})) {
        requests.add(Hostile.json(methodAndPath[0], methodAndPath[1], body[0], body[1]));
      }
      requests.add(
          new Hostile(methodAndPath[0], methodAndPath[1], "application/json", binary(), ""));
      requests.add(
          Hostile.json(
              methodAndPath[0],
              methodAndPath[1],
              "{\"x\":\"" + "a".repeat(70_000) + "\"}",
              "65536"));
    }
    requests.addAll(
        List.of(
            Hostile.json(
                "POST",
                "assessments",
                "{\"kind\":\"VENDOR_DUE_DILIGENCE\",\"vendorId\":" + beyondLong + "}",
                "vendorId"),
            Hostile.json(
                "POST",
                "assessments",
                "{\"kind\":\"" + EVERY_CATEGORY + "\",\"vendorId\":3}",
                "kind"),
            Hostile.json(
                "PUT",
                "assessments/" + assessmentId + "/answers",
                "{\"version\":"
                    + draft.getInt("version")
                    + ",\"answers\":[{\"question\":\""
                    + EVERY_CATEGORY
                    + "\",\"kind\":\"SCALE\",\"value\":\""
                    + beyondLong
                    + "\"}]}",
                "answer to"),
            Hostile.json(
                "PUT",
                "assessments/" + assessmentId + "/answers",
                "{\"version\":"
                    + draft.getInt("version")
                    + ",\"answers\":[{\"question\":\"track.references\",\"kind\":\"NOT_APPLICABLE\",\"evidenceNote\":\""
                    + "x".repeat(5000)
                    + "\"}]}",
                "evidenceNote"),
            Hostile.json(
                "POST",
                "contracts",
                contract("2027-01-01", "2028-01-31", "1" + "0".repeat(16)),
                "rate"),
            Hostile.json(
                "POST",
                "contracts",
                contract("2027-01-01", "2028-01-31", "40")
                    .replace("\"scope\":", "\"scopeDetail\":\"\\u0007\\u202e\",\"scope\":"),
                "scopeDetail"),
            Hostile.json(
                "POST",
                "assessments/" + assessmentId + "/review",
                "{\"version\":" + beyondLong + ",\"decision\":\"MAYBE\"}",
                "version"),
            Hostile.json(
                "POST",
                "assessments/" + assessmentId + "/review",
                "{\"version\":1,\"decision\":\"MAYBE\"}",
                "decision"),
            Hostile.json("POST", "contracts", contract("2027-02-29", "2028-01-31", "40"), "start"),
            Hostile.json("POST", "contracts", contract("2027-01-01", "2027-13-01", "40"), "end"),
            Hostile.json("POST", "contracts", contract("2027-01-01", "2028-01-31", huge), "rate"),
            Hostile.json(
                "POST",
                "contracts",
                contract("2027-01-01", "2028-01-31", "-" + beyondLong),
                "rate"),
            Hostile.json(
                "POST",
                "contracts/" + contractId + "/status",
                "{\"version\":0,\"status\":\"" + EVERY_CATEGORY + "\"}",
                "status"),
            Hostile.json("POST", "cost-model", costModel(huge), "annualContractValue"),
            Hostile.json(
                "POST", "cost-model", costModel(beyondLong + beyondLong), "annualContractValue"),
            Hostile.json("POST", "cost-model", costModel("1000000000001"), "annualContractValue"),
            Hostile.json(
                "POST",
                "cost-model",
                costModel("100").replace("\"horizonMonths\":24", "\"horizonMonths\":4294967297"),
                "horizonMonths"),
            Hostile.json(
                "POST",
                "results",
                "[{\"contract\":\"LF-2026-01\",\"metric\":\"leads-created\",\"period\":\"2027-13\",\"value\":1}]",
                "period"),
            Hostile.json(
                "POST",
                "results",
                "[{\"contract\":\""
                    + EVERY_CATEGORY
                    + "\",\"metric\":\"leads-created\",\"period\":\"2026-01\",\"value\":1}]",
                "contract"),
            Hostile.json(
                "POST",
                "results",
                "[{\"contract\":\"LF-2026-01\",\"metric\":\"leads-created\",\"period\":\"2026-01\",\"value\":"
                    + huge
                    + "}]",
                "value"),
            new Hostile("POST", "results", "text/csv", binary(), "line"),
            new Hostile("POST", "results", "text/csv", new byte[0], ""),
            new Hostile("POST", "invoices/files", "text/csv", binary(), "line"),
            new Hostile("POST", "invoices", "text/csv", binary(), "line"),
            new Hostile(
                "POST",
                "results",
                "text/csv",
                "contract,metric,period,value\nLF-2026-01,leads-created,2026-01,1e999999999\n"
                    .getBytes(StandardCharsets.UTF_8),
                "line"),
            new Hostile(
                "POST",
                "results",
                "text/csv",
                ("contract,metric,period,value\nLF-2026-01,leads-created,2026-01,"
                        + beyondLong
                        + "\n")
                    .getBytes(StandardCharsets.UTF_8),
                "line"),
            new Hostile(
                "POST",
                "results?file=" + "n".repeat(300) + ".csv",
                "text/csv",
                "contract,metric,period,value\n".getBytes(StandardCharsets.UTF_8),
                "file"),
            new Hostile(
                "GET",
                "contracts/" + contractId + "/report?from=2027-02-29&to=2027-03",
                null,
                null,
                "from"),
            new Hostile(
                "GET",
                "contracts/" + contractId + "/report?from=" + beyondLong + "-01&to=2027-03",
                null,
                null,
                "from"),
            new Hostile(
                "GET",
                "contracts/" + contractId + "/report?from=2026-05&to=2026-01",
                null,
                null,
                ""),
            new Hostile("GET", "contracts/" + beyondLong, null, null, ""),
            new Hostile(
                "GET",
                "contracts/" + contractId + "/results/leads-created/2027-13",
                null,
                null,
                "period"),
            new Hostile(
                "GET",
                "exports/portfolio?from="
                    + URLEncoder.encode("\u202e\ud83d\ude00\u0000", StandardCharsets.UTF_8),
                null,
                null,
                "from"),
            new Hostile("GET", "templates/vendor-due-diligence/" + beyondLong, null, null, ""),
            new Hostile("GET", "results/late?vendor=" + beyondLong, null, null, "vendor"),
            new Hostile(
                "GET",
                "exports/portfolio/payouts?to="
                    + URLEncoder.encode("\u202e\ud83d\ude00\u0000", StandardCharsets.UTF_8),
                null,
                null,
                "to"),
            Hostile.json(
                "POST",
                "crm/explanations",
                "{\"contractId\":"
                    + contractId
                    + ",\"period\":\"2027-13\",\"metric\":\"leads-created\",\"reason\":\"x\"}",
                "period"),
            Hostile.json(
                "POST",
                "crm/explanations",
                "{\"contractId\":"
                    + contractId
                    + ",\"period\":\"2026-01\",\"metric\":\"leads-created\",\"reason\":\""
                    + EVERY_CATEGORY.repeat(100)
                    + "\"}",
                "reason"),
            Hostile.json("POST", "invoices/987654321/acceptance", "{\"note\":\"x\"}", "version"),
            new Hostile("GET", "vendors/" + beyondLong, null, null, ""),
            Hostile.json(
                "POST",
                "vendors",
                "{\"name\":\"Hostile Oy\",\"country\":\"FI\",\"businessId\":\"123\","
                    + "\"contactName\":\"A\",\"contactEmail\":\"a@example.com\","
                    + "\"services\":[\"LEAD_GENERATION\"]}",
                "Business ID"),
            Hostile.json(
                "PUT",
                "vendors/1",
                "{\"version\":0,\"profile\":{\"name\":\""
                    + "a".repeat(300)
                    + "\",\"country\":\"FI\",\"businessId\":\"0000000-0\"}}",
                "name"),
            Hostile.json(
                "POST", "vendors/1/status", "{\"version\":0,\"status\":\"NOPE\"}", "status"),
            Hostile.json(
                "POST",
                "vendors/1/conditions/987654321/closing",
                "{\"version\":0,\"note\":\"x\"}",
                "condition"),
            Hostile.json(
                "POST",
                "contracts/" + contractId + "/clauses/SUBCONTRACTING/acceptance",
                "{\"reason\":\"" + EVERY_CATEGORY.repeat(300) + "\"}",
                "reason"),
            Hostile.json(
                "POST",
                "invoices/987654321/acceptance",
                "{\"version\":0,\"note\":\"" + EVERY_CATEGORY + "\"}",
                "invoice")));

    List<String> wrong = new ArrayList<>();
    for (Hostile request : requests) {
      HttpResponse<String> answer = send(request);
      String what =
          request.method()
              + " "
              + request.path().substring(0, Math.min(80, request.path().length()))
              + " with "
              + (request.body() == null
                  ? "no body"
                  : new String(
                      request.body(),
                      0,
                      Math.min(60, request.body().length),
                      StandardCharsets.UTF_8));
      if (answer.statusCode() < 400 || answer.statusCode() >= 500) {
        wrong.add(what + ": " + answer.statusCode() + " " + answer.body());
      } else if (!answer
          .headers()
          .firstValue("Content-Type")
          .orElse("")
          .startsWith("application/problem+json")) {
        wrong.add(
            what
                + ": not a problem, "
                + answer.headers().firstValue("Content-Type").orElse("no type"));
      } else if (!answer.body().contains(request.named())) {
        wrong.add(what + ": does not name " + request.named() + ": " + answer.body());
      }
    }
    assertThat(wrong).as("answers to hostile requests").isEmpty();
    assertThat(auditEvents(api)).as("audit events: nothing changed").isEqualTo(eventsBefore);
  }

  /** Text of many Unicode categories, longer than any field takes. */
  private static final String HOSTILE_TEXT =
      "\u0007\u001f\ufeff\u202e\u2028\ud83d\ude00\u4e2d\u0301 <b>&amp;".repeat(800);

  /** A number beyond every bound, which written out in full would fill the server's memory. */
  private static final String HOSTILE_NUMBER = "1e999999999";

  @Test
  void everyFormRefusesHostileInputFieldByFieldAndChangesNothing() throws Exception {
    Api api = new Api(base());
    long contractId =
        ((JsonArray) Api.read(api.call("GET", "contracts", "auditor", null).body()))
            .getValuesAs(JsonObject.class).stream()
                .filter(contract -> contract.getString("reference").equals("LF-2026-01"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    long draftId =
        Api.object(
                api.call(
                    "POST",
                    "assessments",
                    "procurement",
                    "{\"kind\":\"READINESS\",\"decision\":\"Hostile forms\"}"))
            .getJsonNumber("id")
            .longValue();
    long eventsBefore = auditEvents(api);
    browser.get(base() + "vendors/index.xhtml");
    new LoginPage(browser).signIn("procurement", "outsight-demo");

    List<String> wrong = new ArrayList<>();
    for (String[] form :
        List.of(
            new String[] {"vendors/register.xhtml", "vendor:save"},
            new String[] {"contracts/edit.xhtml?vendor=3", "contract:save"},
            new String[] {
              "contracts/contract.xhtml?id=" + contractId, "contract:tabs:save-results"
            },
            new String[] {"decide/cost-model.xhtml", "model:compare"},
            new String[] {"decide/index.xhtml", "new:start"},
            new String[] {"assessments/wizard.xhtml?id=" + draftId, "assessment:save-draft"})) {
      submitHostile(form[0], form[1]).ifPresent(wrong::add);
      if (auditEvents(api) != eventsBefore) {
        wrong.add(form[0] + ": something was changed");
        eventsBefore = auditEvents(api);
      }
    }
    browser.manage().deleteAllCookies();
    browser.get(base() + "audit/index.xhtml");
    new LoginPage(browser).signIn("auditor", "outsight-demo");
    submitHostile("audit/index.xhtml", "audit:filter").ifPresent(wrong::add);

    assertThat(wrong).as("forms given hostile input").isEmpty();
    assertThat(auditEvents(api)).as("audit events: nothing changed").isEqualTo(eventsBefore);
  }

  /**
   * Fills every text field of the page with {@link #HOSTILE_TEXT} and every number field with
   * {@link #HOSTILE_NUMBER}, past the widgets' own checks, submits it and tells what went wrong: an
   * error page, or no message on a field.
   */
  private Optional<String> submitHostile(String page, String button) throws IOException {
    browser.get(base() + page);
    WebElement submit =
        Browser.waitUpTo(browser, Duration.ofSeconds(20))
            .until(ExpectedConditions.elementToBeClickable(By.id(button)));
    script(
        "document.querySelectorAll('input[type=text]:not([readonly]), input[type=email], input[type=url], textarea')"
            + ".forEach(field => { if (!field.closest('.ui-inputnumber')) { field.value = arguments[0]; } });"
            + "document.querySelectorAll('.ui-inputnumber input[type=hidden]').forEach(field => field.value = arguments[1]);",
        HOSTILE_TEXT,
        HOSTILE_NUMBER);
    submit.click();
    Browser.waitUpTo(browser, Duration.ofSeconds(30))
        .until(
            driver ->
                Boolean.TRUE.equals(
                    script(
                        "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())")));
    if (browser.getTitle().startsWith("Something went wrong")
        || browser.findElements(By.id("home")).size() > 0
            && browser.getPageSource().contains("could not complete your request")) {
      return Optional.of(page + ": the error page");
    }
    List<WebElement> messages =
        browser.findElements(
            By.cssSelector(
                ".ui-message-error, .ui-messages-error, .ui-growl-item-container.ui-state-error"));
    if (messages.isEmpty() && page.equals("decide/cost-model.xhtml")) {
      // A form of numbers only, which stores nothing: PrimeFaces brings every number into its
      // field's bounds on the server, so the model is computed from the bounds (the API, which has
      // no widgets, refuses the same numbers by name: see the cost model's API sweep above).
      return browser.findElements(By.id("summary")).isEmpty()
          ? Optional.of(page + ": neither a message nor the figures of the bounded inputs")
          : Optional.empty();
    }
    if (messages.isEmpty()) {
      Browser.screenshot(browser, "hostile-form-" + page.replaceAll("\\W+", "-"));
      return Optional.of(page + ": no message on any field");
    }
    return Optional.empty();
  }

  private HttpResponse<String> send(Hostile request) throws Exception {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base() + "api/v1/" + request.path()))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("admin:outsight-demo".getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json, text/csv;q=0.5")
            .method(
                request.method(),
                request.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    return HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long auditEvents(Api api) throws Exception {
    return Api.object(api.call("GET", "audit/verification", "auditor", null))
        .getJsonNumber("eventsChecked")
        .longValue();
  }

  private static byte[] binary() {
    byte[] bytes = new byte[4096];
    new java.util.Random(42).nextBytes(bytes);
    return bytes;
  }

  private static String contract(String start, String end, String rate) {
    return "{\"vendorId\":3,\"terms\":{\"reference\":\"HOSTILE-1\",\"scope\":\"LEAD_GENERATION\",\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\",\"compensationModel\":\"per-lead\",\"tiers\":[{\"from\":0,\"rate\":"
        + rate
        + "}]}}";
  }

  private static String costModel(String value) {
    return "{\"currency\":\"EUR\",\"horizonMonths\":24,\"leadsPerMonth\":100,\"leadToMeeting\":20,\"leadToDeal\":5,"
        + "\"annualContractValue\":"
        + value
        + ",\"salesCycleMonths\":3,\"monthlySalaryPerRep\":4000,\"commission\":10,"
        + "\"payrollOverhead\":30,\"recruitingCostPerRep\":5000,\"rampMonths\":3,\"rampProductivity\":50,\"annualAttrition\":20,"
        + "\"leadsPerRepPerMonth\":50,\"setupFees\":0,\"monthlyRetainer\":1000,\"feePerLead\":10,\"feePerMeeting\":0,"
        + "\"feePerDeal\":0,\"revenueShare\":0}";
  }

  /**
   * The page shown, with its title and DOM as the portal wrote them: no injected script or markup
   * ran, no dialog.
   */
  private void assertNothingInjectedRan(String page) {
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .withMessage(() -> page + " shows " + browser.getTitle())
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.os-title")));
    assertThat(browser.getTitle()).as(page).doesNotContain("PWNED").endsWith("· Outsight");
    assertThat(script("return window.pwned === undefined"))
        .as(page + ": no injected script ran")
        .isEqualTo(true);
    assertThat(script("return document.querySelectorAll('img[src=\"x\"], svg[onload]').length"))
        .as(page + ": no injected markup")
        .isEqualTo(0L);
    assertThat(alertShown()).as(page + ": no dialog").isFalse();
    assertThat(Browser.consoleErrors(browser)).as(page + ": no script refused or failed").isEmpty();
  }

  /**
   * Due diligence through the API: every answer favourable, submitted, approved by another user.
   */
  private static long approveByDueDiligence(Api api, long vendorId) throws Exception {
    HttpResponse<String> started =
        api.call(
            "POST",
            "assessments",
            "procurement",
            "{\"kind\":\"VENDOR_DUE_DILIGENCE\",\"vendorId\":" + vendorId + "}");
    JsonObject draft = Api.object(started);
    long id = draft.getJsonNumber("id").longValue();
    JsonObject template =
        (JsonObject)
            Api.read(
                api.call(
                        "GET",
                        "templates/vendor-due-diligence/" + draft.getInt("templateVersion"),
                        "auditor",
                        null)
                    .body());
    JsonObject answered =
        Api.object(
            api.call(
                "PUT",
                "assessments/" + id + "/answers",
                "procurement",
                "{\"version\":"
                    + draft.getInt("version")
                    + ",\"answers\":["
                    + Api.favourableAnswers(template)
                    + "]}"));
    JsonObject submitted =
        Api.object(
            api.call(
                "POST",
                "assessments/" + id + "/submission",
                "procurement",
                "{\"version\":" + answered.getInt("version") + "}"));
    JsonObject approved =
        Api.object(
            api.call(
                "POST",
                "assessments/" + id + "/review",
                "admin",
                "{\"version\":" + submitted.getInt("version") + ",\"decision\":\"APPROVED\"}"));
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    return id;
  }

  /**
   * A lead generation contract begun four months ago, active, with leads in the last three months.
   */
  private static long runningContractWithResults(Api api, long vendorId) throws Exception {
    LocalDate start = PortalCalendar.today().withDayOfMonth(1).minusMonths(4);
    HttpResponse<String> drafted =
        api.call(
            "POST",
            "contracts",
            "procurement",
            "{\"vendorId\":"
                + vendorId
                + ",\"terms\":{"
                + "\"reference\":\"XSS-1\",\"scope\":\"LEAD_GENERATION\",\"start\":\""
                + start
                + "\",\"end\":\""
                + start.plusYears(2).minusDays(1)
                + "\",\"compensationModel\":\"per-lead\",\"tiers\":[{\"from\":0,\"rate\":40}],"
                + "\"kpis\":[{\"metricId\":\"leads-created\",\"direction\":\"HIGHER_IS_BETTER\",\"target\":100,\"greenAt\":100,\"amberAt\":80}]}}");
    assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
    JsonObject contract = Api.object(drafted);
    long id = contract.getJsonNumber("id").longValue();
    assertThat(
            api.call(
                    "POST",
                    "contracts/" + id + "/status",
                    "procurement",
                    "{\"version\":"
                        + contract.getJsonNumber("version").longValue()
                        + ",\"status\":\"ACTIVE\"}")
                .statusCode())
        .isEqualTo(200);
    StringBuilder results = new StringBuilder();
    for (int back = 3; back >= 1; back--) {
      results
          .append(results.isEmpty() ? "" : ",")
          .append("{\"contract\":\"XSS-1\",\"metric\":\"leads-created\",\"period\":\"")
          .append(monthsAgo(back))
          .append("\",\"value\":")
          .append(90 + back)
          .append("}");
    }
    assertThat(api.call("POST", "results", "procurement", "[" + results + "]").statusCode())
        .isEqualTo(201);
    return id;
  }

  /**
   * A Finnish business ID from {@code serial} on: weights 7 9 10 5 8 4 2, check digit 11 minus the
   * remainder (0 for 0, none for 1).
   */
  private static String businessId(int serial) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2};
    for (int candidate = serial; ; candidate++) {
      String digits = String.format("%07d", candidate);
      int sum = 0;
      for (int i = 0; i < 7; i++) {
        sum += (digits.charAt(i) - '0') * weights[i];
      }
      int remainder = sum % 11;
      if (remainder != 1) {
        return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
      }
    }
  }

  private Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(script, arguments);
  }

  private boolean alertShown() {
    try {
      browser.switchTo().alert();
      return true;
    } catch (NoAlertPresentException none) {
      return false;
    }
  }
}
