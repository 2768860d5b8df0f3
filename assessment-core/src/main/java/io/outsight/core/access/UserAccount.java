package io.outsight.core.access;

import io.outsight.core.notification.Delivery;
import io.outsight.core.notification.NotificationKind;
import io.outsight.core.rules.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in to the embedded default with a password. The hash is made by the
 * container's PBKDF2 implementation; the account never sees the clear-text password. An account is
 * disabled rather than deleted, so that the audit trail's names keep pointing at someone. A
 * password an administrator set (for a new account, or by a reset) only lets its owner choose their
 * own.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  private static final Set<String> KNOWN_ROLES =
      Set.of(Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN);

  /** The languages the portal and its e-mails speak. */
  public static final Set<String> LANGUAGES = Set.of("en", "fi");

  /**
   * An address a mail server takes as it is: a local part of the characters RFC 5322 allows
   * unquoted, and a domain of at least two labels of letters, digits and inner hyphens.
   */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@"
              + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  private static final int EMAIL_LENGTH = 254;

  @Id private String username;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role")
  private Set<String> roles = new HashSet<>();

  private boolean enabled = true;

  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  /** Where notifications are e-mailed; none, and they are shown in the portal only. */
  private String email;

  /** The language of the person's e-mails. */
  private String language = "en";

  /** How the person chose to hear of each kind of finding; a kind not chosen has its default. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_account_delivery", joinColumns = @JoinColumn(name = "username"))
  @MapKeyColumn(name = "kind")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "delivery")
  @Enumerated(EnumType.STRING)
  private Map<NotificationKind, Delivery> deliveries = new HashMap<>();

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(String username, String displayName, String passwordHash, Set<String> roles) {
    if (username == null || !username.matches("[a-z0-9._-]{2,100}")) {
      throw new RuleViolation(
          "account.username",
          "A username is 2-100 lower-case letters, digits, . _ or -",
          List.of(String.valueOf(username)));
    }
    requireKnown(roles);
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = new HashSet<>(roles);
  }

  /** An account an administrator opens: its first password is temporary. */
  public static UserAccount opened(
      String username, String displayName, String temporaryPasswordHash, Set<String> roles) {
    UserAccount account = new UserAccount(username, displayName, temporaryPasswordHash, roles);
    account.mustChangePassword = true;
    return account;
  }

  private static void requireKnown(Set<String> roles) {
    if (roles.isEmpty() || !KNOWN_ROLES.containsAll(roles)) {
      throw new RuleViolation(
          "account.roles",
          "Roles must be among " + KNOWN_ROLES + ": " + roles,
          List.copyOf(KNOWN_ROLES));
    }
  }

  public void assignRoles(Set<String> assigned) {
    requireKnown(assigned);
    roles = new HashSet<>(assigned);
  }

  public void rename(String newDisplayName) {
    displayName = newDisplayName;
  }

  /**
   * How the person is reached: their e-mail address (blank for none), the language of their
   * e-mails, and for each kind of finding whether it is mailed at once, in a daily digest or not.
   */
  public void reachAt(
      String address, String chosenLanguage, Map<NotificationKind, Delivery> chosen) {
    String stripped = address == null ? "" : address.strip();
    if (!stripped.isEmpty()
        && (stripped.length() > EMAIL_LENGTH || !EMAIL.matcher(stripped).matches())) {
      throw new RuleViolation(
          "account.email", "Not an e-mail address: " + stripped, List.of(stripped));
    }
    if (!LANGUAGES.contains(chosenLanguage)) {
      throw new RuleViolation(
          "account.language",
          "The portal speaks " + LANGUAGES + ", not " + chosenLanguage,
          List.of(String.valueOf(chosenLanguage)));
    }
    email = stripped.isEmpty() ? null : stripped;
    language = chosenLanguage;
    deliveries = new HashMap<>(chosen);
  }

  /** How this person hears of each kind: their choice, or the kind's default. */
  public Map<NotificationKind, Delivery> deliveries() {
    Map<NotificationKind, Delivery> all = new EnumMap<>(NotificationKind.class);
    for (NotificationKind kind : NotificationKind.values()) {
      all.put(kind, deliveries.getOrDefault(kind, kind.byDefault()));
    }
    return all;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public String language() {
    return language;
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }

  /**
   * An administrator's reset: the old password stops working, the new one only leads to choosing
   * another.
   */
  public void resetPassword(String temporaryPasswordHash) {
    passwordHash = temporaryPasswordHash;
    mustChangePassword = true;
  }

  /** The owner's own choice, checked against {@link PasswordPolicy} before it was hashed. */
  public void choosePassword(String newPasswordHash) {
    passwordHash = newPasswordHash;
    mustChangePassword = false;
  }

  /**
   * Refuses a change that would leave the portal with no enabled administrator: nobody could then
   * manage accounts without going to the database.
   *
   * @param otherEnabledAdministrators how many enabled administrators there are besides this
   *     account
   */
  public void requireAnAdministratorRemains(long otherEnabledAdministrators) {
    if (otherEnabledAdministrators == 0 && !isEnabledAdministrator()) {
      throw new RuleViolation(
          "account.last-administrator",
          "The last enabled administrator cannot be disabled or lose the role",
          List.of(username));
    }
  }

  public boolean isEnabledAdministrator() {
    return enabled && roles.contains(Roles.ADMIN);
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

  public String passwordHash() {
    return passwordHash;
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public long version() {
    return version;
  }
}
