package io.outsight.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.outsight.core.assessment.builtin.BuiltInQuestionnaires;
import io.outsight.web.Browser;
import io.outsight.web.PortalProcess;
import io.outsight.web.pages.ContractEditPage;
import io.outsight.web.pages.ContractPage;
import io.outsight.web.pages.LoginPage;
import io.outsight.web.pages.VendorListPage;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Two instances of the portal WAR on one PostgreSQL database form a cluster behind nginx. They are
 * started together on an empty database; a user signs in, starts drafting a contract, the instance
 * serving them is killed, and they save on the other instance without signing in again. Runs with
 * {@code -Ppostgresql} (README: "Running on PostgreSQL and in a cluster").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

  private static final Path FOLDER = Path.of("target/cluster-it");

  private static String database;
  private static GreenMail mailServer;
  private static PortalCluster cluster;
  private static LoadBalancer balancer;

  @BeforeAll
  static void startClusterBehindLoadBalancer() throws Exception {
    database = System.getProperty("outsight.it.cluster.url");
    PortalProcess.emptyFolder(FOLDER);
    mailServer = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mailServer.start();
    cluster =
        new PortalCluster(
            FOLDER,
            database,
            2,
            List.of(
                "-Doutsight.mail.host=127.0.0.1",
                "-Doutsight.mail.port=" + mailServer.getSmtp().getPort(),
                "-Doutsight.checks.every-minutes=1"));
    cluster.start("a", "b");
    balancer =
        new LoadBalancer(
            FOLDER.resolve("nginx"), cluster.instance("a").port(), cluster.instance("b").port());
  }

  @AfterAll
  static void stop() throws Exception {
    if (balancer != null) {
      balancer.close();
    }
    if (cluster != null) {
      cluster.close();
    }
    if (mailServer != null) {
      mailServer.stop();
    }
  }

  @Test
  @Order(1)
  void instancesStartedTogetherFormOneClusterAndRunTheStartupJobsOnce() throws Exception {
    assertThat(Files.readString(cluster.log("a"))).contains("DG Size: 2");
    assertThat(Files.readString(cluster.log("b"))).contains("DG Size: 2");
    assertThat(query("select count(*) from flyway_schema_history where success"))
        .isEqualTo(
            query("select count(distinct version) from flyway_schema_history where success"));
    assertThat(query("select count(*) from user_account")).isEqualTo("3");
    assertThat(query("select count(*) from vendor")).isEqualTo("12");
    assertThat(query("select count(*) from contract")).isEqualTo("1");
    assertThat(query("select count(*) from audit_event where action = 'REGISTERED'"))
        .isEqualTo("12");
    // each built-in questionnaire version published once, though both instances offered them all
    assertThat(query("select count(*) from questionnaire_template"))
        .isEqualTo(String.valueOf(new BuiltInQuestionnaires().templates().size()));
  }

  @Test
  @Order(2)
  void bothInstancesRunTheChecksAndWhatTheyFindIsRecordedAndMailedOnce() throws Exception {
    execute(
        "update user_account set email = 'procurement@customer.example' where username = 'procurement'");
    String vendorId =
        query(
            "select min(id) from vendor where status in ('APPROVED', 'CONDITIONALLY_APPROVED', 'ACTIVE')");
    String vendor = query("select name from vendor where id = " + vendorId);
    // overdue on a day no earlier check saw: a finding of its own, mailed at once by default
    LocalDate due = LocalDate.now().minusDays(400);
    execute("update vendor set reassess_by = DATE '" + due + "' where id = " + vendorId);

    within(Duration.ofMinutes(3), () -> !mailsAbout(vendor).isEmpty());
    // both instances run their checks again after the mail went, and find it done
    long a = runs("a");
    long b = runs("b");
    within(Duration.ofMinutes(3), () -> runs("a") > a && runs("b") > b);

    assertThat(mailsAbout(vendor)).hasSize(1);
    // the timers of the two fire moments apart: the later leaves the checks to the earlier's run
    assertThat(
            logged("a", "left to the run another instance made")
                + logged("b", "left to the run another instance made"))
        .isPositive();
    assertThat(
            query(
                "select count(*) from finding where kind = 'REASSESSMENT_OVERDUE' and subject_id = "
                    + vendorId
                    + " and due_on = DATE '"
                    + due
                    + "'"))
        .isEqualTo("1");
    assertThat(
            query(
                "select count(*) from notification n join finding f on f.id = n.finding_id"
                    + " where f.subject_id = "
                    + vendorId
                    + " and f.due_on = DATE '"
                    + due
                    + "' and n.recipient = 'procurement' and n.mailed_at is not null"))
        .isEqualTo("1");
  }

  @Test
  @Order(3)
  void aUserMidEditGoesOnOnTheOtherInstanceWhenTheFirstIsKilled() throws Exception {
    WebDriver browser = Browser.start(Files.createTempDirectory("outsight-cluster"));
    try {
      browser.get(balancer.url() + "vendors/index.xhtml");
      new LoginPage(browser).signIn("procurement", "outsight-demo");
      ContractEditPage form =
          new VendorListPage(browser)
              .filterByName("LeadForge")
              .openVendor("LeadForge Nordic Oy")
              .newContract()
              .type("reference", "FAILOVER-1")
              .date("start", LocalDate.now().withDayOfMonth(1).minusMonths(2))
              .firstTierRate("40")
              .addTier("100", "35")
              .type("qualification", "A decision maker agreed to a meeting");
      int before = balancer.requests().size();
      // The user reads what they typed before saving. Payara stores the session in the grid after
      // it
      // has answered a request, so an instance killed within that moment takes the last request's
      // view state with it; in CI that moment reached a few hundred milliseconds.
      Thread.sleep(2_000);

      cluster.kill("a");
      ContractPage saved = form.save();

      assertThat(saved.status()).isEqualTo("Draft");
      assertThat(browser.findElements(By.id("j_username"))).isEmpty();
      Browser.screenshot(browser, "cluster-saved-after-failover");
      // everything typed and added before the kill is stored: the tier added on the first instance
      // included
      assertThat(query("select tiers from contract where reference = 'FAILOVER-1'"))
          .isEqualTo("0:40.00;100:35.00");
      assertThat(
              query("select qualification_definition from contract where reference = 'FAILOVER-1'"))
          .isEqualTo("A decision maker agreed to a meeting");
      assertThat(
              query(
                  "select count(*) from audit_event where entity_type = 'Contract' and action = 'DRAFTED'"
                      + " and entity_id = (select cast(id as varchar) from contract where reference = 'FAILOVER-1')"))
          .isEqualTo("1");
      // the first instance served everything until it was killed, the second everything after
      List<String> requests = balancer.requests();
      String second = ":" + cluster.instance("b").port();
      assertThat(requests.subList(0, before)).isNotEmpty().noneMatch(line -> line.endsWith(second));
      assertThat(requests.subList(before, requests.size()))
          .isNotEmpty()
          .allMatch(line -> line.endsWith(second));
    } finally {
      browser.quit();
    }
  }

  private static void within(Duration limit, Supplier<Boolean> condition) {
    new FluentWait<>(condition)
        .withTimeout(limit)
        .pollingEvery(Duration.ofSeconds(2))
        .until(Supplier::get);
  }

  /** How many times an instance's timer has fired for the scheduled checks, by its log. */
  private static long runs(String instance) {
    return logged(instance, "Scheduled checks: ");
  }

  private static long logged(String instance, String text) {
    try (Stream<String> lines = Files.lines(cluster.log(instance))) {
      return lines.filter(line -> line.contains(text)).count();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** The mails the test's SMTP server received that name the vendor. */
  private static List<MimeMessage> mailsAbout(String vendor) {
    return Stream.of(mailServer.getReceivedMessages())
        .filter(mail -> GreenMailUtil.getWholeMessage(mail).contains(vendor))
        .toList();
  }

  private static void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(database, "outsight", "outsight")) {
      connection.createStatement().executeUpdate(sql);
    }
  }

  private static String query(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(database, "outsight", "outsight");
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
