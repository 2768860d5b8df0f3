package io.outsight.web.account;

import io.outsight.registry.notification.Notifications;
import io.outsight.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The header's bell: how many of the signed-in person's notifications are unread, once a page. */
@Named
@RequestScoped
public class NotificationBell {

  @EJB private Notifications notifications;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unreadCount();
    }
    return unread;
  }

  /** Counts again: the person has just marked some read, or new ones were found. */
  public void forget() {
    unread = null;
  }

  /** What the bell says to a screen reader and on hover: how many are unread. */
  public String getLabel() {
    return Messages.text("notifications.bell", getUnread());
  }
}
