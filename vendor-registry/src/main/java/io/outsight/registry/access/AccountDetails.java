package io.outsight.registry.access;

import io.outsight.core.access.UserAccount;
import java.io.Serializable;
import java.util.List;

/** An account as administrators see it and the audit trail records it: never its password hash. */
public record AccountDetails(
    String username,
    String displayName,
    List<String> roles,
    boolean enabled,
    boolean mustChangePassword,
    long version)
    implements Serializable {

  public static AccountDetails of(UserAccount account) {
    return new AccountDetails(
        account.username(),
        account.displayName(),
        account.roles().stream().sorted().toList(),
        account.enabled(),
        account.mustChangePassword(),
        account.version());
  }
}
