package io.outsight.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import io.outsight.core.contract.ContractStatus;
import io.outsight.core.contract.TermSheet;
import io.outsight.core.notification.Delivery;
import io.outsight.core.notification.Finding;
import io.outsight.core.notification.NotificationKind;
import io.outsight.registry.AsAdmin;
import io.outsight.registry.AsAuditor;
import io.outsight.registry.AsProcurement;
import io.outsight.registry.Records;
import io.outsight.registry.RegistryDeployment;
import io.outsight.registry.SmtpServer;
import io.outsight.registry.Sql;
import io.outsight.registry.access.UserAccounts;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.contract.ContractDetails;
import io.outsight.registry.contract.Contracts;
import io.outsight.registry.rules.Refused;
import io.outsight.registry.schema.SchemaMigrations;
import io.outsight.registry.vendor.Vendors;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scheduled checks and their notifications on a real Payara Micro, with a real SMTP server
 * (GreenMail) listening where the portal is configured to mail: what is found reaches the person
 * responsible in the portal and by mail, in their language, as they chose, and only once.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  /** The test caller of AsProcurement (glassfish-web-it.xml), here with an account of its own. */
  private static final String PROCUREMENT = "it-procurement";

  private static final String ADDRESS = "pia.hankinta@customer.example";

  /** Business ids and references of their own, on a database kept from an earlier run too. */
  private static final AtomicInteger NEXT =
      new AtomicInteger(300_000_000 + (int) (System.currentTimeMillis() / 1000 % 50_000_000));

  @Deployment
  static WebArchive deployment() {
    return RegistryDeployment.withMailServer();
  }

  @EJB ScheduledChecks checks;
  @EJB Notifications notifications;
  @EJB UserAccounts accounts;
  @EJB Vendors vendors;
  @EJB Contracts contracts;
  @EJB AsProcurement procurement;
  @EJB AsAuditor auditor;
  @EJB AsAdmin admin;
  @Inject PortalClock clock;

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  DataSource dataSource;

  /**
   * The procurement caller's account, reached at {@link #ADDRESS} in the language and ways given.
   */
  private void reachProcurement(String language, Map<NotificationKind, Delivery> deliveries)
      throws Exception {
    if (accounts.standing(PROCUREMENT).isEmpty()) {
      admin.call(() -> accounts.open(PROCUREMENT, "Pia Hankinta", Set.of("PROCUREMENT")));
    }
    procurement.call(
        () -> {
          Reach now = notifications.reach().orElseThrow();
          return notifications.chooseReach(new Reach(ADDRESS, language, deliveries, now.version()));
        });
  }

  private long approvedVendor(String name) throws Exception {
    long id = procurement.call(() -> vendors.register(Records.germanVendor(name)));
    Sql.execute(dataSource, "update vendor set status = 'APPROVED' where id = " + id);
    return id;
  }

  /**
   * A monthly lead generation contract begun three months ago whose fixed term ends in 20 days: its
   * notice deadline (the end itself, with no notice months) and its end are near, and its vendor
   * has reported nothing.
   */
  private ContractDetails endingContract(String reference, long vendorId) throws Exception {
    TermSheet terms =
        Records.leadGeneration(
            reference, clock.today().withDayOfMonth(1).minusMonths(3), clock.today().plusDays(20));
    terms.setNoticeMonths(0);
    long id = procurement.call(() -> contracts.draft(vendorId, terms));
    ContractDetails draft = auditor.call(() -> contracts.details(id).orElseThrow());
    return procurement.call(
        () -> contracts.moveTo(id, draft.version(), ContractStatus.ACTIVE, null));
  }

  private static List<Finding> about(List<Finding> findings, String reference) {
    return findings.stream()
        .filter(finding -> reference.equals(finding.contractReference()))
        .toList();
  }

  private static List<MimeMessage> to(GreenMail server, String address) throws Exception {
    List<MimeMessage> mails = new ArrayList<>();
    for (MimeMessage mail : server.getReceivedMessages()) {
      if (Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
          .anyMatch(recipient -> recipient.toString().contains(address))) {
        mails.add(mail);
      }
    }
    return mails;
  }

  /** The reminders the vendor's contact got of a contract's late reports. */
  private static List<MimeMessage> reminders(GreenMail server, String reference) throws Exception {
    List<MimeMessage> reminders = new ArrayList<>();
    for (MimeMessage mail : to(server, Records.CONTACT)) {
      if (mail.getSubject().contains(reference)) {
        reminders.add(mail);
      }
    }
    return reminders;
  }

  /** The plain text and the HTML of a mail. */
  private static List<String> parts(MimeMessage mail) throws Exception {
    Multipart alternative = (Multipart) mail.getContent();
    assertThat(alternative.getContentType()).startsWith("multipart/alternative");
    return List.of(
        (String) alternative.getBodyPart(0).getContent(),
        (String) alternative.getBodyPart(1).getContent());
  }

  @Test
  void whatIsFoundReachesTheResponsibleOnceInTheirLanguageAsTheyChose() throws Exception {
    Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
    chosen.put(NotificationKind.TERM_ENDING, Delivery.NEVER);
    reachProcurement("fi", chosen);
    String reference = "NOTE-" + NEXT.incrementAndGet();
    ContractDetails contract = endingContract(reference, approvedVendor("Myynti & Kumppanit Oy"));
    GreenMail server = SmtpServer.started();
    try {
      List<Finding> found = about(admin.call(() -> checks.runNow(false)), reference);

      assertThat(found)
          .extracting(Finding::kind)
          .contains(NotificationKind.NOTICE_DEADLINE, NotificationKind.TERM_ENDING)
          .contains(NotificationKind.REPORT_LATE);
      assertThat(found)
          .filteredOn(finding -> finding.kind() == NotificationKind.NOTICE_DEADLINE)
          .singleElement()
          .extracting(Finding::dueOn)
          .isEqualTo(contract.noticeDeadline());

      List<MimeMessage> mails = to(server, ADDRESS);
      assertThat(mails).hasSize(1);
      MimeMessage mail = mails.get(0);
      assertThat(mail.getSubject()).startsWith("Outsight: ").contains("uutta ilmoitusta");
      List<String> parts = parts(mail);
      String plain = parts.get(0);
      String html = parts.get(1);
      assertThat(plain)
          .startsWith("Hei Pia Hankinta,")
          .contains(
              "Sopimuksen " + reference + " (Myynti & Kumppanit Oy) viimeinen irtisanomispäivä")
          .contains("http://portal.example/contracts/contract.xhtml?id=" + contract.id())
          .contains("Toimittajan raportti myöhässä")
          // the term's end was chosen not to be mailed
          .doesNotContain("Sopimuksen " + reference + " (Myynti & Kumppanit Oy) nykyinen kausi");
      assertThat(html)
          .contains("<html lang=\"fi\">")
          .contains("Myynti &amp; Kumppanit Oy")
          .doesNotContain("Myynti & Kumppanit")
          .contains(
              "href=\"http://portal.example/contracts/contract.xhtml?id=" + contract.id() + "\"");

      // in the portal, everything found, the term's end too, unread
      List<NotificationDetails> mine = procurement.call(() -> notifications.newest());
      List<NotificationDetails> aboutContract =
          mine.stream().filter(n -> reference.equals(n.contractReference())).toList();
      assertThat(aboutContract)
          .extracting(NotificationDetails::kind)
          .contains(NotificationKind.NOTICE_DEADLINE, NotificationKind.TERM_ENDING);
      assertThat(aboutContract).allMatch(NotificationDetails::unread);

      // the vendor's contact is reminded of its late reports once, in English (a German vendor),
      // with a link of its own to upload them
      List<String> latePeriods =
          found.stream()
              .filter(finding -> finding.kind() == NotificationKind.REPORT_LATE)
              .map(Finding::detail)
              .toList();
      List<MimeMessage> reminders = reminders(server, reference);
      assertThat(reminders).hasSize(1);
      assertThat(reminders.get(0).getSubject())
          .isEqualTo("Reminder: results for contract " + reference + " are late");
      assertThat((String) reminders.get(0).getContent())
          .contains("Hello Katrin Weber")
          .contains(String.join(", ", latePeriods))
          .containsPattern(
              "http://portal\\.example/vendor/results\\.xhtml\\?token=[A-Za-z0-9_-]{43}");

      // found once: the next run records and mails nothing more about it, nor reminds again
      assertThat(about(admin.call(() -> checks.runNow(false)), reference)).isEmpty();
      assertThat(to(server, ADDRESS)).hasSize(1);
      assertThat(reminders(server, reference)).hasSize(1);
      assertThat(
              Sql.column(
                  dataSource,
                  "select count(*) from notification n join finding f on f.id = n.finding_id"
                      + " where f.contract_reference = '"
                      + reference
                      + "' and n.recipient = '"
                      + PROCUREMENT
                      + "'"))
          .containsExactly(String.valueOf(aboutContract.size()));

      // read one: one fewer unread; someone else's is not theirs to mark
      long unread = procurement.call(() -> notifications.unreadCount());
      long first = aboutContract.get(0).id();
      procurement.call(
          () -> {
            notifications.markRead(first);
            return null;
          });
      assertThat(procurement.call(() -> notifications.unreadCount())).isEqualTo(unread - 1);
      assertThatThrownBy(
              () ->
                  auditor.call(
                      () -> {
                        notifications.markRead(aboutContract.get(1).id());
                        return null;
                      }))
          .isInstanceOf(Refused.class)
          .satisfies(
              refused -> assertThat(((Refused) refused).rule()).isEqualTo("notification.unknown"));
    } finally {
      server.stop();
    }
  }

  @Test
  void aReassessmentComingDueWaitsForTheDailyDigestInEnglish() throws Exception {
    reachProcurement("en", Map.of());
    String name = "Digest Sales GmbH " + NEXT.incrementAndGet();
    long vendor = approvedVendor(name);
    LocalDate due = clock.today().plusDays(10);
    Sql.execute(
        dataSource, "update vendor set reassess_by = DATE '" + due + "' where id = " + vendor);
    GreenMail server = SmtpServer.started();
    try {
      List<Finding> found = admin.call(() -> checks.runNow(false));
      assertThat(found)
          .filteredOn(finding -> name.equals(finding.vendorName()))
          .extracting(Finding::kind)
          .containsExactly(NotificationKind.REASSESSMENT_DUE);
      assertThat(to(server, ADDRESS)).noneMatch(mail -> textOf(mail).contains(name));

      admin.call(() -> checks.runNow(true));

      List<MimeMessage> digests =
          to(server, ADDRESS).stream().filter(mail -> textOf(mail).contains(name)).toList();
      assertThat(digests).hasSize(1);
      assertThat(digests.get(0).getSubject()).startsWith("Outsight: your daily digest of");
      assertThat(textOf(digests.get(0)))
          .startsWith("Hello Pia Hankinta,")
          .contains(name + " is to be re-assessed by")
          .contains("http://portal.example/vendors/vendor.xhtml?id=" + vendor);

      admin.call(() -> checks.runNow(true));
      assertThat(to(server, ADDRESS).stream().filter(mail -> textOf(mail).contains(name)))
          .hasSize(1);
    } finally {
      server.stop();
    }
  }

  @Test
  void aMailTheServerCannotTakeIsSentAtTheNextRunAndOnlyThen() throws Exception {
    reachProcurement("en", Map.of());
    String name = "Unreachable Sales GmbH " + NEXT.incrementAndGet();
    long vendor = approvedVendor(name);
    Sql.execute(
        dataSource,
        "update vendor set reassess_by = DATE '"
            + clock.today().minusDays(3)
            + "' where id = "
            + vendor);

    // no SMTP server listening: the overdue re-assessment is found, its mail refused
    assertThat(admin.call(() -> checks.runNow(false)))
        .filteredOn(finding -> name.equals(finding.vendorName()))
        .extracting(Finding::kind)
        .containsExactly(NotificationKind.REASSESSMENT_OVERDUE);
    assertThat(
            Sql.column(
                dataSource,
                "select count(*) from notification n join finding f on f.id = n.finding_id"
                    + " where f.vendor_name = '"
                    + name
                    + "' and n.mailed_at is null"))
        .containsExactly("1");

    GreenMail server = SmtpServer.started();
    try {
      admin.call(() -> checks.runNow(false));
      assertThat(to(server, ADDRESS).stream().filter(mail -> textOf(mail).contains(name)))
          .hasSize(1);
      admin.call(() -> checks.runNow(false));
      assertThat(to(server, ADDRESS).stream().filter(mail -> textOf(mail).contains(name)))
          .hasSize(1);
    } finally {
      server.stop();
    }
  }

  @Test
  void aBadAddressOrLanguageIsRefusedAndChangesNothing() throws Exception {
    reachProcurement("en", Map.of());
    Reach before = procurement.call(() -> notifications.reach().orElseThrow());

    assertThatThrownBy(
            () ->
                procurement.call(
                    () ->
                        notifications.chooseReach(
                            new Reach("not an address", "en", Map.of(), before.version()))))
        .isInstanceOf(Refused.class)
        .satisfies(refused -> assertThat(((Refused) refused).rule()).isEqualTo("account.email"));
    assertThatThrownBy(
            () ->
                procurement.call(
                    () ->
                        notifications.chooseReach(
                            new Reach(ADDRESS, "sv", Map.of(), before.version()))))
        .isInstanceOf(Refused.class)
        .satisfies(refused -> assertThat(((Refused) refused).rule()).isEqualTo("account.language"));
    assertThatThrownBy(
            () ->
                procurement.call(
                    () ->
                        notifications.chooseReach(
                            new Reach(ADDRESS, "fi", Map.of(), before.version() - 1))))
        .isInstanceOf(Refused.class)
        .satisfies(
            refused ->
                assertThat(((Refused) refused).rule()).isEqualTo("account.changed-meanwhile"));

    assertThat(procurement.call(() -> notifications.reach().orElseThrow())).isEqualTo(before);
  }

  private static String textOf(MimeMessage mail) {
    try {
      return parts(mail).get(0);
    } catch (Exception unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }
}
