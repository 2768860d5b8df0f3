package io.outsight.registry.notification;

import io.outsight.core.access.Roles;
import io.outsight.core.access.UserAccount;
import io.outsight.core.notification.Delivery;
import io.outsight.core.notification.Notification;
import io.outsight.core.notification.NotificationKind;
import io.outsight.core.rules.RuleViolation;
import io.outsight.registry.access.AccountDetails;
import io.outsight.registry.access.UserAccounts;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.calendar.PortalClock;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in person's notifications, and how they want to be reached. Each person sees and marks
 * only their own.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class Notifications {

  /** How many of the newest notifications the list shows. */
  public static final int SHOWN = 200;

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject private PortalClock clock;

  @Inject private AuditRecorder audit;

  @Inject private MailServer mail;

  public long unreadCount() {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient = :me and n.readAt is null",
            Long.class)
        .setParameter("me", caller())
        .getSingleResult();
  }

  /** The newest first, unread or not. */
  public List<NotificationDetails> newest() {
    return em
        .createQuery(
            "select n from Notification n join fetch n.finding where n.recipient = :me"
                + " order by n.createdAt desc, n.id desc",
            Notification.class)
        .setParameter("me", caller())
        .setMaxResults(SHOWN)
        .getResultList()
        .stream()
        .map(NotificationDetails::of)
        .toList();
  }

  /**
   * Marks one of the caller's notifications read; someone else's is not theirs to mark, and is
   * refused as if it did not exist.
   */
  public void markRead(long id) {
    Notification notification = em.find(Notification.class, id);
    if (notification == null || !notification.recipient().equals(caller())) {
      throw new RuleViolation(
          "notification.unknown", "You have no notification " + id, List.of(String.valueOf(id)));
    }
    notification.markRead(clock.now());
  }

  /**
   * @return how many were marked
   */
  public int markAllRead() {
    Instant now = clock.now();
    List<Notification> unread =
        em.createQuery(
                "select n from Notification n where n.recipient = :me and n.readAt is null",
                Notification.class)
            .setParameter("me", caller())
            .getResultList();
    unread.forEach(notification -> notification.markRead(now));
    return unread.size();
  }

  /** How the caller is reached; empty for people the identity provider signed in. */
  public Optional<Reach> reach() {
    return Optional.ofNullable(em.find(UserAccount.class, caller()))
        .map(
            account ->
                new Reach(
                    account.email().orElse(null),
                    account.language(),
                    account.deliveries(),
                    account.version()));
  }

  /** Whether mails are sent at all: without a mail server, notifications stay in the portal. */
  public boolean mailConfigured() {
    return mail.configured();
  }

  /**
   * The caller's own choice of address, language and deliveries, audited.
   *
   * @throws RuleViolation {@code account.email}, {@code account.language}, or {@code
   *     account.changed-meanwhile} when the account changed since {@code chosen.version()} was read
   */
  public Reach chooseReach(Reach chosen) {
    UserAccount account =
        Optional.ofNullable(em.find(UserAccount.class, caller()))
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "password.not-local", "Your account is kept by the identity provider"));
    if (account.version() != chosen.version()) {
      throw UserAccounts.changedMeanwhile(account.username());
    }
    AccountDetails before = AccountDetails.of(account);
    Map<NotificationKind, Delivery> deliveries = chosen.deliveries();
    account.reachAt(chosen.email(), chosen.language(), deliveries);
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw UserAccounts.changedMeanwhile(account.username());
    }
    audit.record(
        account.username(),
        "UserAccount",
        account.username(),
        "REACH_CHANGED",
        before,
        AccountDetails.of(account));
    return reach().orElseThrow();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
