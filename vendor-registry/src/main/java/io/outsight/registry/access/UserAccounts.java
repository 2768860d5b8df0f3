package io.outsight.registry.access;

import io.outsight.core.access.PasswordPolicy;
import io.outsight.core.access.Roles;
import io.outsight.core.access.TemporaryPassword;
import io.outsight.core.access.UserAccount;
import io.outsight.core.rules.RuleViolation;
import io.outsight.registry.audit.AuditRecorder;
import io.outsight.registry.rules.RefuseRuleViolations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's own accounts. Administrators open them, assign roles, disable and enable them and
 * reset passwords; everyone changes their own password. Every change is in the audit trail, never a
 * password or its hash. Administrators' accounts are locked, in name order, before any change that
 * could take the role away, so that two administrators disabling each other at once cannot leave
 * the portal with none.
 */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@Interceptors(RefuseRuleViolations.class)
public class UserAccounts {

  /**
   * Whether an account may use the portal, and whether only to choose a new password; the version
   * changes with every change of the account, its password and roles included.
   */
  public record Standing(boolean enabled, boolean mustChangePassword, long version) {}

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Resource private SessionContext session;

  @Inject private AuditRecorder audit;

  @Inject private Pbkdf2PasswordHash passwordHash;

  @PostConstruct
  void prepare() {
    passwordHash.initialize(PasswordHashing.parameters());
  }

  @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
  public List<AccountDetails> list() {
    return em
        .createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .getResultList()
        .stream()
        .map(AccountDetails::of)
        .toList();
  }

  /**
   * The standing of a signed-in person's account; empty for people the identity provider signed in.
   */
  @PermitAll
  public Optional<Standing> standing(String username) {
    return Optional.ofNullable(em.find(UserAccount.class, username))
        .map(
            account ->
                new Standing(account.enabled(), account.mustChangePassword(), account.version()));
  }

  /**
   * Opens an account whose owner must choose their own password at the first sign-in.
   *
   * @return the temporary password, shown to the administrator once and stored only as a hash
   */
  @RolesAllowed(Roles.ADMIN)
  public String open(
      @NotNull String username, @NotNull String displayName, @NotNull Set<String> roles) {
    if (em.find(UserAccount.class, username) != null) {
      throw new RuleViolation(
          "account.exists", "There is already an account " + username, List.of(username));
    }
    String temporary = TemporaryPassword.generate();
    UserAccount account =
        UserAccount.opened(
            username, displayName.strip(), passwordHash.generate(temporary.toCharArray()), roles);
    em.persist(account);
    audit.record(caller(), "UserAccount", username, "OPENED", null, AccountDetails.of(account));
    return temporary;
  }

  @RolesAllowed(Roles.ADMIN)
  public AccountDetails change(
      @NotNull String username,
      long seenVersion,
      @NotNull String displayName,
      @NotNull Set<String> roles) {
    return changeKeepingAnAdministrator(
        username,
        seenVersion,
        "CHANGED",
        account -> {
          account.rename(displayName.strip());
          account.assignRoles(roles);
        });
  }

  @RolesAllowed(Roles.ADMIN)
  public AccountDetails disable(@NotNull String username, long seenVersion) {
    if (username.equals(caller())) {
      throw new RuleViolation(
          "account.disable-self",
          "Administrators cannot disable their own account",
          List.of(username));
    }
    return changeKeepingAnAdministrator(username, seenVersion, "DISABLED", UserAccount::disable);
  }

  @RolesAllowed(Roles.ADMIN)
  public AccountDetails enable(@NotNull String username, long seenVersion) {
    return changeKeepingAnAdministrator(username, seenVersion, "ENABLED", UserAccount::enable);
  }

  /**
   * @return the temporary password, shown to the administrator once
   */
  @RolesAllowed(Roles.ADMIN)
  public String resetPassword(@NotNull String username, long seenVersion) {
    String temporary = TemporaryPassword.generate();
    String hash = passwordHash.generate(temporary.toCharArray());
    changeKeepingAnAdministrator(
        username, seenVersion, "PASSWORD_RESET", account -> account.resetPassword(hash));
    return temporary;
  }

  /**
   * The signed-in person's own new password, after the one they have now.
   *
   * @throws RuleViolation {@code password.current-wrong}, {@code password.unchanged} or one of
   *     {@link PasswordPolicy}'s
   */
  @RolesAllowed({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
  public void changeOwnPassword(@NotNull String current, @NotNull String chosen) {
    UserAccount account =
        Optional.ofNullable(em.find(UserAccount.class, caller(), LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "password.not-local", "Your password is kept by the identity provider"));
    if (!passwordHash.verify(current.toCharArray(), account.passwordHash())) {
      throw new RuleViolation("password.current-wrong", "The current password is not right");
    }
    PasswordPolicy.require(account.username(), chosen);
    if (chosen.equals(current)) {
      throw new RuleViolation("password.unchanged", "The new password is the current one");
    }
    AccountDetails before = AccountDetails.of(account);
    account.choosePassword(passwordHash.generate(chosen.toCharArray()));
    em.flush();
    audit.record(
        account.username(),
        "UserAccount",
        account.username(),
        "PASSWORD_CHANGED",
        before,
        AccountDetails.of(account));
  }

  private interface Change {
    void apply(UserAccount account);
  }

  private AccountDetails changeKeepingAnAdministrator(
      String username, long seenVersion, String action, Change change) {
    List<UserAccount> administrators =
        em.createQuery(
                "select u from UserAccount u join u.roles role where role = :admin and u.enabled = true order by u.username",
                UserAccount.class)
            .setParameter("admin", Roles.ADMIN)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    UserAccount account =
        Optional.ofNullable(em.find(UserAccount.class, username))
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "account.unknown", "No account " + username, List.of(username)));
    if (account.version() != seenVersion) {
      throw changedMeanwhile(username);
    }
    AccountDetails before = AccountDetails.of(account);
    change.apply(account);
    account.requireAnAdministratorRemains(
        administrators.stream().filter(admin -> !admin.username().equals(username)).count());
    try {
      em.flush();
    } catch (OptimisticLockException concurrent) {
      throw changedMeanwhile(username);
    }
    AccountDetails after = AccountDetails.of(account);
    audit.record(caller(), "UserAccount", username, action, before, after);
    return after;
  }

  /** The refusal of a change to an account someone else changed since it was read. */
  public static RuleViolation changedMeanwhile(String username) {
    return new RuleViolation(
        "account.changed-meanwhile",
        "Someone else changed account " + username + " meanwhile",
        List.of(username));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
