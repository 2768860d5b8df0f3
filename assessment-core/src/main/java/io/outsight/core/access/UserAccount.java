package io.outsight.core.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who signs in to the embedded default with a password. The hash is made by the
 * container's PBKDF2 implementation; the account never sees the clear-text password.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  private static final Set<String> KNOWN_ROLES = Set.of(Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN);

  @Id private String username;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role")
  private Set<String> roles = new HashSet<>();

  protected UserAccount() {}

  public UserAccount(String username, String displayName, String passwordHash, Set<String> roles) {
    if (username == null || !username.matches("[a-z0-9._-]{2,100}")) {
      throw new IllegalArgumentException("a username is 2-100 lower-case letters, digits, . _ or -");
    }
    if (roles.isEmpty() || !KNOWN_ROLES.containsAll(roles)) {
      throw new IllegalArgumentException("roles must be among " + KNOWN_ROLES + ": " + roles);
    }
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = new HashSet<>(roles);
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Set<String> roles() {
    return Set.copyOf(roles);
  }
}
