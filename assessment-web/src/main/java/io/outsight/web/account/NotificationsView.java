package io.outsight.web.account;

import io.outsight.core.notification.Delivery;
import io.outsight.core.notification.NotificationKind;
import io.outsight.registry.notification.NotificationDetails;
import io.outsight.registry.notification.NotificationText;
import io.outsight.registry.notification.Notifications;
import io.outsight.registry.notification.Reach;
import io.outsight.registry.notification.ScheduledChecks;
import io.outsight.registry.rules.Refused;
import io.outsight.web.i18n.LanguageSelection;
import io.outsight.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in person's notifications, newest first, to open and mark read; and how they want to
 * be reached: their e-mail address, its language, and for each kind at once, daily or not at all.
 */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private Notifications notifications;

  @EJB private ScheduledChecks checks;

  @Inject private LanguageSelection language;

  @Inject private NotificationBell bell;

  private List<NotificationDetails> newest;

  private boolean local;
  private long version;
  private String email;
  private String mailLanguage;
  private final Map<NotificationKind, String> deliveries = new EnumMap<>(NotificationKind.class);

  @PostConstruct
  void load() {
    notifications.reach().ifPresent(this::show);
  }

  private void show(Reach reach) {
    local = true;
    version = reach.version();
    email = reach.email();
    mailLanguage = reach.language();
    reach.deliveries().forEach((kind, delivery) -> deliveries.put(kind, delivery.name()));
  }

  public List<NotificationDetails> getNewest() {
    if (newest == null) {
      newest = notifications.newest();
    }
    return newest;
  }

  public String kind(NotificationKind kind) {
    return NotificationText.in(language.getLocale()).kind(kind);
  }

  public String sentence(NotificationDetails notification) {
    return NotificationText.in(language.getLocale()).sentence(notification);
  }

  public void markRead(NotificationDetails notification) {
    try {
      notifications.markRead(notification.id());
    } catch (Refused refused) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("rule." + refused.rule(), refused.details().toArray()));
    }
    readAgain();
  }

  public void markAllRead() {
    Messages.notice("notifications.markedAll", notifications.markAllRead());
    readAgain();
  }

  /** Whether any notification shown is unread, for "Mark all as read". */
  public boolean isAnyUnread() {
    return getNewest().stream().anyMatch(NotificationDetails::unread);
  }

  private void readAgain() {
    newest = null;
    bell.forget();
  }

  /** An administrator's run of the checks, not waiting for the hour. */
  public void runChecks() {
    try {
      Messages.notice("notifications.checksRan", checks.runNow(false).size());
    } catch (EJBException failed) {
      FacesContext.getCurrentInstance()
          .addMessage(null, Messages.error("notifications.checksFailed"));
    }
    readAgain();
  }

  public void save() {
    Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
    deliveries.forEach((kind, delivery) -> chosen.put(kind, Delivery.valueOf(delivery)));
    try {
      show(notifications.chooseReach(new Reach(email, mailLanguage, chosen, version)));
    } catch (Refused refused) {
      String field =
          switch (refused.rule()) {
            case "account.email" -> "reach:email";
            case "account.language" -> "reach:language";
            default -> null;
          };
      FacesContext.getCurrentInstance()
          .addMessage(field, Messages.error("rule." + refused.rule(), refused.details().toArray()));
      return;
    }
    Messages.notice("reach.saved");
  }

  public NotificationKind[] getKinds() {
    return NotificationKind.values();
  }

  public Delivery[] getDeliveryChoices() {
    return Delivery.values();
  }

  /** Whether the person's account is the portal's, not the identity provider's. */
  public boolean isLocal() {
    return local;
  }

  public boolean isMailConfigured() {
    return notifications.mailConfigured();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMailLanguage() {
    return mailLanguage;
  }

  public void setMailLanguage(String mailLanguage) {
    this.mailLanguage = mailLanguage;
  }

  public Map<NotificationKind, String> getDeliveries() {
    return deliveries;
  }
}
