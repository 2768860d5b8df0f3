package io.outsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAR started as an installation is, on an empty database without demo data: no demo user with
 * its published password exists, and the one administrator the configuration names can sign in.
 */
class FirstStartIT {

  private static final Path FOLDER = Path.of("target/first-start-it");
  private static final String ADMIN_PASSWORD = "a long first password";

  private static PortalProcess portal;

  @BeforeAll
  static void startWithoutDemoData() throws Exception {
    PortalProcess.emptyFolder(FOLDER);
    portal =
        PortalProcess.launch(
            FOLDER,
            "first-start",
            "preboot.asadmin",
            PortalProcess.onH2File(
                FOLDER.resolve("h2/outsight"),
                "outsight",
                "-Doutsight.admin.username=first-admin",
                "-Doutsight.admin.password=" + ADMIN_PASSWORD),
            PortalProcess.ALONE);
    portal.awaitReady();
  }

  @AfterAll
  static void stop() throws Exception {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void onlyTheConfiguredAdministratorSignsInAndRepeatedFailuresRefuseTheNameForAWhile()
      throws Exception {
    assertThat(call("first-admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(signInWithTheForm(ADMIN_PASSWORD))
        .as("the form, before any failure")
        .doesNotContain("failed");
    for (String demoUser : List.of("admin", "procurement", "auditor")) {
      assertThat(call(demoUser, "outsight-demo").statusCode())
          .as(demoUser + " with the published password")
          .isEqualTo(401);
    }
    assertThat(Files.readString(portal.log()))
        .contains("Created the first administrator, first-admin, from the configuration");

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(signInWithTheForm("wrong password " + attempt))
          .endsWith("login.xhtml?failed=true");
    }
    assertThat(signInWithTheForm(ADMIN_PASSWORD))
        .as("the right password, after five failures")
        .endsWith("login.xhtml?failed=true");
    // a program whose credentials verified before goes on: a lockout is no way to stop the API's
    // clients
    assertThat(call("first-admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(Files.readString(portal.log()))
        .contains(
            "Sign-in failed: first-admin from 127.0.0.1",
            "Sign-in refused for a while after repeated failures: first-admin from 127.0.0.1");
  }

  @Test
  void theServerLogTellsEachSchemaMigrationAndNoLoggingError() throws Exception {
    // Flyway speaks through the Log4j API that POI brings; its words reach the server's log
    assertThat(Files.readString(portal.log()))
        .contains(
            "Migrating schema \"PUBLIC\" to version \"1 - vendor registry\"",
            "Migrating schema \"PUBLIC\" to version \"31 - ledger index in export order\"")
        .doesNotContain("Log4j API could not find a logging provider");
  }

  /** Where the sign-in form's answer sends the browser. */
  private static String signInWithTheForm(String password) throws Exception {
    HttpResponse<Void> answer =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(portal.url() + "j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "j_username=first-admin&j_password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    return answer.headers().firstValue("Location").orElse("");
  }

  @Test
  void theSignInPageMentionsNoDemoAccounts() throws Exception {
    HttpResponse<String> signIn =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(portal.url() + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(signIn.statusCode()).isEqualTo(200);
    assertThat(signIn.body())
        .contains("j_username")
        .doesNotContain("demo-accounts", "outsight-demo");
  }

  private static HttpResponse<String> call(String user, String password) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(portal.url() + "api/v1/extensions"))
                .header("Accept", "application/json")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
