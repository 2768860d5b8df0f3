package io.outsight.registry.notification;

import io.outsight.core.access.UserAccount;
import io.outsight.core.notification.Delivery;
import io.outsight.core.notification.Notification;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.schema.StartupLock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails notifications not yet mailed: those wanted at once after each check, and with them the
 * day's digests once a day. One mail per person and run, in their language, as plain text and HTML.
 * What is due is claimed in a short transaction under the cluster's lock, so two instances never
 * mail the same notification; the mails go out after it, and what the server refuses is released
 * for the next run. A mail sent is never sent again; an instance that dies between claiming and
 * sending loses that run's mails rather than sending them twice. Notifications a week old that were
 * never mailed (their person had no address then, or no mail server was configured) are not mailed
 * any more.
 */
@Stateless
@PermitAll
public class NotificationMail {

  private static final Logger LOG = Logger.getLogger(NotificationMail.class.getName());

  /** How old a notification may be and still be mailed. */
  private static final Duration MAILED_WITHIN = Duration.ofDays(7);

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Inject private MailServer server;

  @Inject private PortalClock clock;

  @Resource private SessionContext context;

  /** One person's mail of a run: who, in which language, and what. */
  public record Letter(
      String displayName, String email, String language, List<NotificationDetails> notifications) {}

  /**
   * @param digest whether this is the day's digest run, which also mails those wanted daily
   * @return how many notifications were mailed
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sendPending(boolean digest) {
    if (!server.configured()) {
      return 0;
    }
    NotificationMail self = context.getBusinessObject(NotificationMail.class);
    int mailed = 0;
    for (Letter letter : self.claim(digest)) {
      List<Long> ids = letter.notifications().stream().map(NotificationDetails::id).toList();
      try {
        server.send(compose(letter, digest));
        mailed += ids.size();
      } catch (MessagingException | UnsupportedEncodingException | RuntimeException refused) {
        LOG.log(
            Level.WARNING,
            refused,
            () ->
                ids.size()
                    + " notifications not mailed to "
                    + letter.email()
                    + "; tried again next run");
        self.release(ids);
      }
    }
    return mailed;
  }

  /** Claims every notification due to be mailed now, as sent, and returns them by person. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Letter> claim(boolean digest) {
    StartupLock.hold(em);
    Instant now = clock.now();
    Set<Delivery> due =
        digest ? Set.of(Delivery.IMMEDIATELY, Delivery.DAILY_DIGEST) : Set.of(Delivery.IMMEDIATELY);
    Map<String, UserAccount> reachable = new HashMap<>();
    em.createQuery(
            "select u from UserAccount u where u.enabled = true and u.email is not null",
            UserAccount.class)
        .getResultList()
        .forEach(account -> reachable.put(account.username(), account));
    Map<String, List<NotificationDetails>> byRecipient = new LinkedHashMap<>();
    for (Notification notification :
        em.createQuery(
                "select n from Notification n join fetch n.finding where n.mailedAt is null"
                    + " and n.delivery in :due and n.createdAt > :since"
                    + " order by n.recipient, n.id",
                Notification.class)
            .setParameter("due", due)
            .setParameter("since", now.minus(MAILED_WITHIN))
            .getResultList()) {
      if (reachable.containsKey(notification.recipient())) {
        notification.mailed(now);
        byRecipient
            .computeIfAbsent(notification.recipient(), name -> new ArrayList<>())
            .add(NotificationDetails.of(notification));
      }
    }
    return byRecipient.entrySet().stream()
        .map(
            entry -> {
              UserAccount account = reachable.get(entry.getKey());
              return new Letter(
                  account.displayName(),
                  account.email().orElseThrow(),
                  account.language(),
                  entry.getValue().stream()
                      .sorted(Comparator.comparing(NotificationDetails::dueOn))
                      .toList());
            })
        .toList();
  }

  /** Releases notifications whose mail the server refused, for the next run to send. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(List<Long> ids) {
    em.createQuery("update Notification n set n.mailedAt = null where n.id in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }

  private MimeMessage compose(Letter letter, boolean digest)
      throws MessagingException, UnsupportedEncodingException {
    NotificationText text = NotificationText.in(letter.language());
    List<NotificationDetails> found = letter.notifications();
    String subject =
        digest
            ? text.format("mail.subject.digest", found.size())
            : found.size() == 1
                ? text.format("mail.subject.one", text.sentence(found.get(0)))
                : text.format("mail.subject.many", found.size());
    String settings = server.link("account/notifications.xhtml");
    StringBuilder plain =
        new StringBuilder(text.format("mail.greeting", letter.displayName()))
            .append("\n\n")
            .append(text.format("mail.intro"))
            .append("\n\n");
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=\"")
            .append(letter.language())
            .append("\"><body><p>")
            .append(escaped(text.format("mail.greeting", letter.displayName())))
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
        new InternetAddress(letter.email(), letter.displayName(), "UTF-8"));
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
