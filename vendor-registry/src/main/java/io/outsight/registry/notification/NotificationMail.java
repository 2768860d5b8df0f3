package io.outsight.registry.notification;

import io.outsight.core.access.UserAccount;
import io.outsight.core.notification.Delivery;
import io.outsight.core.notification.Notification;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.schema.StartupLock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails notifications not yet mailed: those wanted at once after each check, and with them the
 * day's digests once a day. One mail per person and run, in their language, as plain text and HTML.
 * The run holds the cluster's lock, so two instances never mail the same notification; a mail the
 * server refuses is left for the next run, and a mail sent is recorded as such.
 */
@Stateless
@PermitAll
public class NotificationMail {

  private static final Logger LOG = Logger.getLogger(NotificationMail.class.getName());

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private MailServer server;

  @Inject private PortalClock clock;

  /**
   * @param digest whether this is the day's digest run, which also mails those wanted daily
   * @return how many notifications were mailed
   */
  public int sendPending(boolean digest) {
    if (!server.configured()) {
      return 0;
    }
    StartupLock.hold(em);
    Set<Delivery> due =
        digest ? Set.of(Delivery.IMMEDIATELY, Delivery.DAILY_DIGEST) : Set.of(Delivery.IMMEDIATELY);
    Map<String, List<Notification>> byRecipient = new LinkedHashMap<>();
    em.createQuery(
            "select n from Notification n, UserAccount u where u.username = n.recipient"
                + " and u.enabled = true and u.email is not null and n.mailedAt is null"
                + " and n.delivery in :due order by n.recipient, n.finding.dueOn, n.id",
            Notification.class)
        .setParameter("due", due)
        .getResultList()
        .forEach(
            notification ->
                byRecipient
                    .computeIfAbsent(notification.recipient(), name -> new ArrayList<>())
                    .add(notification));
    int mailed = 0;
    for (Map.Entry<String, List<Notification>> recipient : byRecipient.entrySet()) {
      UserAccount account = em.find(UserAccount.class, recipient.getKey());
      try {
        server.send(compose(account, recipient.getValue(), digest));
      } catch (MessagingException | UnsupportedEncodingException refused) {
        LOG.log(
            Level.WARNING,
            refused,
            () -> "Notifications to " + account.username() + " not mailed; tried again next run");
        continue;
      }
      Instant now = clock.now();
      recipient.getValue().forEach(notification -> notification.mailed(now));
      mailed += recipient.getValue().size();
    }
    return mailed;
  }

  private MimeMessage compose(UserAccount account, List<Notification> notifications, boolean digest)
      throws MessagingException, UnsupportedEncodingException {
    NotificationText text = NotificationText.in(account.language());
    List<NotificationDetails> found = notifications.stream().map(NotificationDetails::of).toList();
    String subject =
        digest
            ? text.format("mail.subject.digest", found.size())
            : found.size() == 1
                ? text.format("mail.subject.one", text.sentence(found.get(0)))
                : text.format("mail.subject.many", found.size());
    String settings = server.link("account/notifications.xhtml");
    StringBuilder plain =
        new StringBuilder(text.format("mail.greeting", account.displayName()))
            .append("\n\n")
            .append(text.format("mail.intro"))
            .append("\n\n");
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=\"")
            .append(account.language())
            .append("\"><body><p>")
            .append(escaped(text.format("mail.greeting", account.displayName())))
            .append("</p><p>")
            .append(escaped(text.format("mail.intro")))
            .append("</p><ul>");
    for (NotificationDetails notification : found) {
      String link = server.link(pageOf(notification));
      plain
          .append("- ")
          .append(text.kind(notification.kind()))
          .append(": ")
          .append(text.sentence(notification))
          .append("\n  ")
          .append(link)
          .append("\n");
      html.append("<li><strong>")
          .append(escaped(text.kind(notification.kind())))
          .append("</strong>: ")
          .append(escaped(text.sentence(notification)))
          .append(" <a href=\"")
          .append(escaped(link))
          .append("\">")
          .append(escaped(text.format("mail.open")))
          .append("</a></li>");
    }
    plain.append("\n").append(text.format("mail.footer", settings)).append("\n");
    html.append("</ul><p>")
        .append(escaped(text.format("mail.footer", "")))
        .append("<a href=\"")
        .append(escaped(settings))
        .append("\">")
        .append(escaped(settings))
        .append("</a></p></body></html>");

    MimeMessage message = server.message();
    message.setRecipient(
        MimeMessage.RecipientType.TO,
        new InternetAddress(account.email().orElseThrow(), account.displayName(), "UTF-8"));
    message.setSubject(subject, "UTF-8");
    MimeBodyPart plainPart = new MimeBodyPart();
    plainPart.setText(plain.toString(), "UTF-8", "plain");
    MimeBodyPart htmlPart = new MimeBodyPart();
    htmlPart.setText(html.toString(), "UTF-8", "html");
    message.setContent(new MimeMultipart("alternative", plainPart, htmlPart));
    message.setSentDate(Date.from(clock.now()));
    return message;
  }

  /** The portal page of the thing a notification is about. */
  static String pageOf(NotificationDetails notification) {
    return notification.contractId() != null
        ? "contracts/contract.xhtml?id=" + notification.contractId()
        : "vendors/vendor.xhtml?id=" + notification.vendorId();
  }

  /** Text as HTML shows it, never as markup: vendor names and conditions are people's input. */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
