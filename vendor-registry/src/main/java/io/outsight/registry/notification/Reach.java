package io.outsight.registry.notification;

import io.outsight.core.notification.Delivery;
import io.outsight.core.notification.NotificationKind;
import java.io.Serializable;
import java.util.Map;

/**
 * How a person is reached: the address their notifications are mailed to (null for none), the
 * language of those mails, and for each kind of finding how it is mailed.
 *
 * @param version the account's version, so that a change made meanwhile is refused, not lost
 */
public record Reach(
    String email, String language, Map<NotificationKind, Delivery> deliveries, long version)
    implements Serializable {}
