package io.outsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A results file of 100,000 lines is taken whole or not at all, also when it fails at its very end
 * and when the server is killed while it imports: afterwards the ledger holds nothing of it, and
 * the same file is imported after a restart as if it had never been sent. The portal runs in a
 * process of its own, on an H2 file, so that it can be killed and started again on the same
 * database.
 */
class ResultsImportAllOrNothingIT {

  private static final Path FOLDER = Path.of("target/import-all-or-nothing-it");
  private static final Path DATABASE = FOLDER.resolve("h2/outsight").toAbsolutePath();
  private static final int CONTRACTS = 1_000;
  private static final int MONTHS = 25;
  private static final List<String> METRICS =
      List.of("leads-created", "qualified-leads", "meetings-booked", "revenue");
  private static final int LINES = CONTRACTS * MONTHS * METRICS.size();
  private static final YearMonth FIRST = YearMonth.now().minusMonths(MONTHS + 1);

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static PortalProcess portal;
  private static Path results;

  @BeforeAll
  static void startOnAnH2FileWithAThousandRunningContracts() throws Exception {
    PortalProcess.emptyFolder(FOLDER);
    portal = launch("first");
    portal.awaitReady();
    portal.close();
    try (Connection database =
            DriverManager.getConnection("jdbc:h2:file:" + DATABASE, "outsight", "outsight");
        Statement sql = database.createStatement()) {
      sql.executeUpdate(
          "insert into vendor (id, version, name, business_id, country, website, contact_name,"
              + " contact_email, status, registered_at, registered_by) values (2000000, 0,"
              + " 'Import Test Vendor Ltd', 'IMPORT-TEST', 'FI', null, 'Contact',"
              + " 'contact@vendor.example', 'ACTIVE', current_timestamp, 'test')");
      sql.executeUpdate(
          "insert into contract (id, version, reference, vendor_id, scope, start_date, end_date,"
              + " evergreen, renewal_months, notice_months, currency, compensation_model, tiers,"
              + " dispute_window_days, cadence, due_day, we_own_leads, no_reuse_for_others,"
              + " return_and_delete_at_exit, dedicated_team, subcontracting_allowed, exit_plan,"
              + " status, created_by, created_at)"
              + " select 3000000 + x, 0, 'IMPORT-' || lpad(x, 5, '0'), 2000000, 'LEAD_GENERATION',"
              + " date '"
              + FIRST.atDay(1)
              + "', date '"
              + FIRST.plusMonths(MONTHS + 24).atEndOfMonth()
              + "', false, 12, 3, 'EUR', 'per-lead', '0:40', 30, 'MONTHLY', 10, true, true, true,"
              + " false, false, true, 'ACTIVE', 'test', current_timestamp"
              + " from system_range(1, "
              + CONTRACTS
              + ")");
    }
    results = FOLDER.resolve("results.csv");
    try (Writer file = Files.newBufferedWriter(results, StandardCharsets.UTF_8)) {
      file.write("contract;period;metric;value\n");
      for (int contract = 1; contract <= CONTRACTS; contract++) {
        for (int month = 0; month < MONTHS; month++) {
          for (int metric = 0; metric < METRICS.size(); metric++) {
            file.write(
                String.format(
                    "IMPORT-%05d;%s;%s;%d%n",
                    contract,
                    FIRST.plusMonths(month),
                    METRICS.get(metric),
                    100 + (contract + month + metric) % 50));
          }
        }
      }
    }
    portal = launch("second");
    portal.awaitReady();
  }

  @AfterAll
  static void stop() throws Exception {
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void aBadLastLineOrAKilledServerLeaveNothingAndTheSameFileIsImportedAfterARestart()
      throws Exception {
    // the file whole, then one line too many that cannot be read: refused, naming that line
    Path badEnd = FOLDER.resolve("results-with-a-bad-last-line.csv");
    Files.copy(results, badEnd);
    Files.writeString(
        badEnd, "IMPORT-00001;" + FIRST + ";leads-created;a hundred\n", StandardOpenOption.APPEND);
    HttpResponse<String> refused = post(badEnd, false);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"line\":" + (LINES + 2)).doesNotContain("\"line\":2,");

    // in the background, killed once a third of it is read
    HttpResponse<String> accepted = post(results, true);
    assertThat(accepted.statusCode()).isEqualTo(202);
    URI status = URI.create(accepted.headers().firstValue("Location").orElseThrow());
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
    String running;
    do {
      Thread.sleep(50);
      running = get(status);
    } while (percent(running) < 33 && running.contains("\"RUNNING\"") && before(giveUp));
    assertThat(running).contains("\"state\":\"RUNNING\"");
    assertThat(percent(running)).isGreaterThanOrEqualTo(33);
    portal.kill();

    portal = launch("after-the-kill");
    portal.awaitReady();
    assertThat(get(rebased(status))).doesNotContain("\"STORED\"");
    // the same file again, whole: every value new, none repeating or correcting a stored one, and
    // not refused as a file imported before
    HttpResponse<String> stored = post(results, false);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    assertThat(stored.body())
        .contains("\"superseded\":0", "\"unchanged\":0", "\"values\":" + LINES);
  }

  private static PortalProcess launch(String name) throws IOException {
    return PortalProcess.launch(
        FOLDER,
        name,
        "preboot.asadmin",
        PortalProcess.onH2File(
            DATABASE,
            "outsight",
            "-Doutsight.demo.enabled=true",
            "-Doutsight.checks.at-start=false"),
        PortalProcess.ALONE);
  }

  private static HttpResponse<String> post(Path file, boolean inTheBackground)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(portal.url() + "api/v1/results?file=" + file.getFileName()))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", procurement())
            .header("Content-Type", "text/csv")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofFile(file));
    if (inTheBackground) {
      request.header("Prefer", "respond-async");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String get(URI uri) throws IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", procurement())
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** The same address on the instance running now, which listens on a port of its own. */
  private static URI rebased(URI address) {
    return URI.create(portal.url()).resolve(address.getRawPath());
  }

  private static int percent(String status) {
    Matcher percent = Pattern.compile("\"percent\":(\\d+)").matcher(status);
    return percent.find() ? Integer.parseInt(percent.group(1)) : 0;
  }

  private static boolean before(Instant deadline) {
    return Instant.now().isBefore(deadline);
  }

  private static String procurement() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString("procurement:outsight-demo".getBytes(StandardCharsets.UTF_8));
  }
}
