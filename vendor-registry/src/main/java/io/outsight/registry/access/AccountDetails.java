package io.outsight.registry.access;

import io.outsight.core.access.UserAccount;
import io.outsight.core.notification.Delivery;
import io.outsight.core.notification.NotificationKind;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * An account as administrators see it and the audit trail records it, with how its owner is
 * reached: never its password hash.
 */
public record AccountDetails(
    String username,
    String displayName,
    List<String> roles,
    boolean enabled,
    boolean mustChangePassword,
    String email,
    String language,
    Map<NotificationKind, Delivery> deliveries,
    long version)
    implements Serializable {

  public static AccountDetails of(UserAccount account) {
    return new AccountDetails(
        account.username(),
        account.displayName(),
        account.roles().stream().sorted().toList(),
        account.enabled(),
        account.mustChangePassword(),
        account.email().orElse(null),
        account.language(),
        account.deliveries(),
        account.version());
  }
}
