package io.outsight.registry.notification;

import io.outsight.core.notification.NotificationKind;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of notifications in English and Finnish, for the portal's list and the e-mails alike:
 * one bundle, {@code io/outsight/registry/notification/notifications}.
 */
public final class NotificationText {

  private static final String BUNDLE = "io.outsight.registry.notification.notifications";

  private final ResourceBundle words;
  private final Locale locale;

  private NotificationText(Locale locale) {
    this.locale = locale;
    this.words = ResourceBundle.getBundle(BUNDLE, locale);
  }

  public static NotificationText in(Locale locale) {
    return new NotificationText(locale);
  }

  public static NotificationText in(String language) {
    return in(Locale.forLanguageTag(language));
  }

  /** The kind's name, as a heading or a choice among kinds. */
  public String kind(NotificationKind kind) {
    return words.getString("kind." + kind);
  }

  /** What was found, in a sentence. */
  public String sentence(NotificationDetails notification) {
    return format(
        "sentence." + notification.kind(),
        notification.contractReference(),
        notification.vendorName(),
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(locale)
            .format(notification.dueOn()),
        notification.detail());
  }

  public String format(String key, Object... arguments) {
    return new MessageFormat(words.getString(key), locale).format(arguments);
  }
}
