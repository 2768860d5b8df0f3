package io.outsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal installed with the company's identity provider switched on by configuration alone:
 * people sign in at the provider by OpenID Connect, the provider's groups claim gives their role,
 * programs send the provider's access tokens, the portal's own accounts open nothing, and the
 * four-eyes rule knows a person by their subject on every path. The provider is a real OpenID
 * Connect server on loopback (discovery, authorization code flow, signed ID tokens, JWKS) whose
 * sign-in page takes any name and the claims to issue.
 */
class OpenIdSignInIT {

  private static final Path FOLDER = Path.of("target/openid-it");
  private static final String DATABASE_PASSWORD = "pool-secret-" + System.nanoTime();

  private static MockOAuth2Server provider;

  /** The provider's issuer: on 127.0.0.1, the only address the test browser resolves. */
  private static String issuer;

  private static PortalProcess portal;

  @RegisterExtension static final SharedBrowser SHARED_BROWSER = new SharedBrowser();

  private WebDriver browser;

  @BeforeAll
  static void startPortalWithIdentityProvider() throws Exception {
    PortalProcess.emptyFolder(FOLDER);
    provider = new MockOAuth2Server(new OAuth2Config(true));
    int port = PortalProcess.freePort();
    // named by its address, not "localhost", so that the tokens it issues name the issuer the
    // portal knows
    provider.start(InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1}), port);
    issuer = "http://127.0.0.1:" + port + "/corporate";
    // A cluster's instance, alone in its data grid: it stores the session there after every
    // request,
    // as a cluster's members do, so a session that cannot be stored shows here.
    int dataGrid = PortalProcess.freePort();
    portal =
        PortalProcess.launch(
            FOLDER,
            "openid",
            "cluster-preboot.asadmin",
            PortalProcess.onH2File(
                FOLDER.resolve("h2/outsight"),
                DATABASE_PASSWORD,
                "-Doutsight.demo.enabled=true",
                "-Doutsight.openid.provider-uri=" + issuer,
                "-Doutsight.openid.client-id=outsight-portal",
                "-Doutsight.openid.client-secret=portal-secret",
                "-Doutsight.openid.role-mapping=sales-buyers=PROCUREMENT, internal-audit=AUDITOR, helpdesk=ROOT"),
            List.of(
                "--clustername",
                "outsight-openid-it",
                "--clustermode",
                "tcpip:127.0.0.1:" + dataGrid,
                "--interfaces",
                "127.0.0.1",
                "--startport",
                String.valueOf(dataGrid)));
    portal.awaitReady();
  }

  @AfterAll
  static void stop() throws Exception {
    if (portal != null) {
      portal.close();
    }
    if (provider != null) {
      provider.shutdown();
    }
  }

  @BeforeEach
  void takeTheBrowser() {
    browser = SHARED_BROWSER.driver();
  }

  @Test
  void aPersonSignsInAtTheProviderAndLandsOnThePageTheyAskedFor() throws Exception {
    browser.get(portal.url() + "vendors/index.xhtml");
    signInAtProvider("kaisa.virtanen", "PROCUREMENT");

    assertThat(browser.getCurrentUrl()).isEqualTo(portal.url() + "vendors/index.xhtml");
    assertThat(browser.findElement(By.id("signed-in-user")).getText())
        .isEqualTo("kaisa.virtanen · Procurement");
    assertThat(browser.findElements(By.id("vendors:register")))
        .as("procurement registers vendors")
        .hasSize(1);
    Browser.screenshot(browser, "openid-signed-in");

    // the session keeps them signed in: no second trip to the provider
    browser.get(portal.url() + "contracts/index.xhtml");
    assertThat(browser.getCurrentUrl()).isEqualTo(portal.url() + "contracts/index.xhtml");
    // and the data grid could store all of it (the provider's tokens, which it could not, are
    // dropped)
    assertThat(Files.readString(portal.log()))
        .doesNotContain("Cannot serialize session attribute")
        .as("the log keeps no database password")
        .doesNotContain(DATABASE_PASSWORD);

    browser.findElement(By.id("session:sign-out")).click();
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-at-provider")));
    assertThat(browser.findElements(By.id("j_password")))
        .as("the portal's own form is off")
        .isEmpty();
    Browser.screenshot(browser, "openid-signed-out");
    browser.get(portal.url() + "vendors/index.xhtml");
    assertThat(browser.getCurrentUrl()).as("signed out of the portal").startsWith(issuer);
  }

  @Test
  void theProvidersGroupsClaimGivesTheRole() {
    browser.get(portal.url() + "vendors/index.xhtml");
    signInAtProvider("aino.auditor", "AUDITOR");

    assertThat(browser.findElement(By.id("signed-in-user")).getText())
        .isEqualTo("aino.auditor · Auditor");
    assertThat(browser.findElements(By.id("vendors:register")))
        .as("auditors read, never change")
        .isEmpty();
  }

  @Test
  void theConfiguredMappingTurnsTheProvidersGroupsIntoRolesShownReadOnlyToAdministrators()
      throws Exception {
    browser.get(portal.url() + "admin/users.xhtml");
    signInAtProvider("lauri.lahtinen", "internal-audit");
    assertThat(browser.findElement(By.id("signed-in-user")).getText())
        .isEqualTo("lauri.lahtinen · Auditor");
    assertThat(browser.findElement(By.id("at-provider")).getText())
        .contains("outsight.openid.role-mapping");
    assertThat(browser.findElement(By.id("role-mapping")).getText())
        .contains("sales-buyers Procurement", "internal-audit Auditor", "ADMIN Administrator")
        .doesNotContain("helpdesk");
    assertThat(
            browser.findElements(
                By.cssSelector("[id='new:open'], [id='accounts:list'], #nav-password")))
        .as("accounts and passwords are the provider's")
        .isEmpty();

    Api api = Api.withTokens(portal.url(), OpenIdSignInIT::token);
    assertThat(api.call("GET", "contracts", "olli.ostaja sales-buyers", null).statusCode())
        .isEqualTo(200);
    assertThat(api.call("GET", "audit/verification", "olli.ostaja sales-buyers", null).statusCode())
        .as("procurement, not audit")
        .isEqualTo(403);
    assertThat(api.call("GET", "contracts", "hanna.helpdesk helpdesk", null).statusCode())
        .as("a mapping to no role")
        .isEqualTo(403);
  }

  @Test
  void someoneTheProviderGivesNoPortalRoleIsRefused() throws Exception {
    browser.get(portal.url() + "vendors/index.xhtml");
    signInAtProvider("visitor", "SALES");

    assertThat(browser.findElement(By.tagName("body")).getText()).contains("Not allowed");
    assertThat(browser.findElements(By.id("signed-in-user"))).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain("LeadForge");
    Browser.screenshot(browser, "openid-no-role");
  }

  /**
   * An access token of the provider for {@code user}, given as "subject GROUP", for the portal,
   * valid for an hour.
   */
  private static String token(String user) {
    return token("corporate", user, "outsight-portal", 3600);
  }

  /** An access token of the issuer {@code issuerId} for {@code user}, signed with its key. */
  private static String token(String issuerId, String user, String audience, long lifetimeSeconds) {
    String[] subjectAndGroup = user.split(" ");
    return provider
        .issueToken(
            issuerId,
            subjectAndGroup[0],
            audience,
            Map.of("groups", List.of(subjectAndGroup[1])),
            lifetimeSeconds)
        .serialize();
  }

  @Test
  void programsSendTheProvidersAccessTokensAndThePortalsOwnPasswordsOpenNothing() throws Exception {
    HttpResponse<String> contracts =
        Api.withTokens(portal.url(), OpenIdSignInIT::token)
            .call("GET", "contracts", "aino.auditor AUDITOR", null);
    assertThat(contracts.statusCode()).isEqualTo(200);
    assertThat(contracts.body()).contains("LF-2026-01");

    String genuine = token("aino.auditor AUDITOR");
    String[] parts = genuine.split("\\.");
    Map<String, String> refused =
        Map.of(
            "for another client",
                token("corporate", "aino.auditor AUDITOR", "another-client", 3600),
            "from another issuer",
                token("elsewhere", "aino.auditor AUDITOR", "outsight-portal", 3600),
            "expired", token("corporate", "aino.auditor AUDITOR", "outsight-portal", -120),
            "with its claims changed",
                parts[0]
                    + "."
                    + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                            new String(
                                    Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                                .replace("AUDITOR", "ADMIN")
                                .getBytes(StandardCharsets.UTF_8))
                    + "."
                    + parts[2]);
    for (Map.Entry<String, String> token : refused.entrySet()) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(portal.url() + "api/v1/contracts"))
                      .header("Authorization", "Bearer " + token.getValue())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as("a token %s", token.getKey()).isEqualTo(401);
    }

    HttpResponse<String> localPassword =
        new Api(portal.url()).call("GET", "contracts", "auditor", null);
    assertThat(localPassword.statusCode())
        .as("a demo user's password, with the provider configured")
        .isEqualTo(401);
    assertThat(localPassword.headers().allValues("WWW-Authenticate"))
        .containsExactly("Bearer realm=\"Outsight\"");
    assertThat(localPassword.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
    assertThat(localPassword.body()).contains("access token");

    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(portal.url() + "api/v1/contracts")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void theApiDescriptionTellsProgramsToSendTheProvidersTokens() throws Exception {
    HttpResponse<String> served =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(portal.url() + "openapi"))
                    .header("Authorization", "Bearer " + token("aino.auditor AUDITOR"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(served.statusCode()).isEqualTo(200);

    OpenAPI description = new OpenAPIV3Parser().readContents(served.body()).getOpenAPI();
    assertThat(description.getComponents().getSecuritySchemes())
        .containsOnlyKeys("openIdConnect")
        .allSatisfy(
            (name, scheme) ->
                assertThat(scheme.getOpenIdConnectUrl())
                    .isEqualTo(issuer + "/.well-known/openid-configuration"));
    assertThat(description.getSecurity())
        .singleElement()
        .satisfies(requirement -> assertThat(requirement).containsOnlyKeys("openIdConnect"));
  }

  @Test
  void theFourEyesRuleKnowsAPersonByTheirSubjectOnEveryPath() throws Exception {
    Api api = Api.withTokens(portal.url(), OpenIdSignInIT::token);
    String assessor = "kaisa.virtanen PROCUREMENT";
    HttpResponse<String> started =
        api.call(
            "POST", "assessments", assessor, "{\"kind\":\"VENDOR_DUE_DILIGENCE\",\"vendorId\":3}");
    assertThat(started.statusCode()).isEqualTo(201);
    String location = started.headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf("assessments/"));
    JsonObject draft = Api.object(started);
    JsonObject template =
        (JsonObject)
            Api.read(
                api.call(
                        "GET",
                        "templates/vendor-due-diligence/" + draft.getInt("templateVersion"),
                        assessor,
                        null)
                    .body());
    JsonObject answered =
        Api.object(
            api.call(
                "PUT",
                path + "/answers",
                assessor,
                "{\"version\":"
                    + draft.getInt("version")
                    + ",\"answers\":["
                    + Api.favourableAnswers(template)
                    + "]}"));
    JsonObject submitted =
        Api.object(
            api.call(
                "POST",
                path + "/submission",
                assessor,
                "{\"version\":" + answered.getInt("version") + "}"));
    assertThat(submitted.getString("assessor")).isEqualTo("kaisa.virtanen");

    // the same person, holding the administrator's group at the provider too: still the same
    // subject
    String review = "{\"version\":" + submitted.getInt("version") + ",\"decision\":\"APPROVED\"}";
    HttpResponse<String> ownReview =
        api.call("POST", path + "/review", "kaisa.virtanen ADMIN", review);
    assertThat(ownReview.statusCode()).isEqualTo(409);
    assertThat(Api.object(ownReview).getString("rule")).isEqualTo("assessment.four-eyes");
    assertThat(new Api(portal.url()).call("POST", path + "/review", "admin", review).statusCode())
        .as("nor through a local administrator's account")
        .isEqualTo(401);

    JsonObject approved =
        Api.object(api.call("POST", path + "/review", "pekka.paatos ADMIN", review));
    assertThat(approved.getString("status")).isEqualTo("APPROVED");
    assertThat(approved.getString("reviewer")).isEqualTo("pekka.paatos");
  }

  @Test
  void thePortalsOwnPasswordsOpenNoPage() throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> form =
        client.send(
            HttpRequest.newBuilder(URI.create(portal.url() + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username=procurement&j_password=outsight-demo"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> basic =
        client.send(
            HttpRequest.newBuilder(URI.create(portal.url() + "vendors/index.xhtml"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                "procurement:outsight-demo".getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    for (HttpResponse<String> refused : List.of(form, basic)) {
      assertThat(refused.statusCode()).isEqualTo(302);
      assertThat(refused.headers().firstValue("Location"))
          .hasValueSatisfying(location -> assertThat(location).startsWith(issuer + "/authorize"));
    }
  }

  /** The provider's sign-in page: any name, and the claims its ID token will carry. */
  private void signInAtProvider(String name, String group) {
    Browser.waitUpTo(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
    assertThat(browser.getCurrentUrl()).startsWith(issuer);
    browser.findElement(By.name("username")).sendKeys(name);
    browser
        .findElement(By.name("claims"))
        .sendKeys("{\"preferred_username\": \"" + name + "\", \"groups\": [\"" + group + "\"]}");
    browser.findElement(By.cssSelector("input[type=submit]")).click();
    Browser.waitUpTo(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains(portal.url()));
  }
}
