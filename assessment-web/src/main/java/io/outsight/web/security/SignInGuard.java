package io.outsight.web.security;

import io.outsight.core.access.SignInThrottle;
import io.outsight.core.audit.Sha256;
import io.outsight.registry.access.SignInFailures;
import io.outsight.registry.access.UserAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every password checked on its way to the identity store: a name that failed too often, or an
 * address that did, is refused for a while without a check ({@link SignInThrottle}); every failure
 * is logged and audited, every refusal logged; and a program's HTTP Basic credentials, once
 * verified, are taken for a minute without hashing them again, so that a busy API client does not
 * cost 210,000 PBKDF2 iterations a call and nobody can use the API's hashing to load the server.
 * They are taken only while the account is as it was when they verified: a new password, a reset,
 * new roles or disabling the account changes its version, and the next call is checked afresh.
 */
@ApplicationScoped
public class SignInGuard {

  private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());

  /** Verified credentials kept at most; a full cache is emptied rather than searched. */
  private static final int KEPT = 10_000;

  @Inject private IdentityStoreHandler identityStore;

  @EJB private SignInFailures failures;

  @EJB private UserAccounts accounts;

  @Inject
  @ConfigProperty(name = "outsight.sign-in.max-failures", defaultValue = "5")
  int maxFailuresPerName;

  @Inject
  @ConfigProperty(name = "outsight.sign-in.max-failures-per-address", defaultValue = "20")
  int maxFailuresPerAddress;

  @Inject
  @ConfigProperty(name = "outsight.sign-in.lockout-minutes", defaultValue = "15")
  int lockoutMinutes;

  @Inject
  @ConfigProperty(name = "outsight.sign-in.basic-cache-seconds", defaultValue = "60")
  int basicCacheSeconds;

  private SignInThrottle names;
  private SignInThrottle addresses;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  /**
   * A program's credentials that verified, by their digest, and until when they are taken as they
   * are.
   */
  private record Verified(String caller, Set<String> groups, Instant until) {}

  @PostConstruct
  void prepare() {
    Clock system = Clock.systemUTC();
    names = new SignInThrottle(maxFailuresPerName, Duration.ofMinutes(lockoutMinutes), system);
    addresses =
        new SignInThrottle(maxFailuresPerAddress, Duration.ofMinutes(lockoutMinutes), system);
  }

  /**
   * A program's HTTP Basic credentials: verified once, then taken for {@code basicCacheSeconds}.
   */
  public CredentialValidationResult program(UsernamePasswordCredential credential, String address) {
    Optional<UserAccounts.Standing> account = accounts.standing(credential.getCaller());
    String key =
        Sha256.hex(
            (credential.getCaller()
                    + "\u0000"
                    + credential.getPasswordAsString()
                    + "\u0000"
                    + account.map(UserAccounts.Standing::version).orElse(-1L))
                .getBytes(StandardCharsets.UTF_8));
    Instant now = Instant.now();
    Verified known = verified.get(key);
    if (known != null && known.until().isAfter(now)) {
      return new CredentialValidationResult(known.caller(), known.groups());
    }
    CredentialValidationResult result = person(credential, address);
    if (result.getStatus() == CredentialValidationResult.Status.VALID
        && account.isPresent()
        && basicCacheSeconds > 0) {
      if (verified.size() >= KEPT) {
        verified.clear();
      }
      verified.put(
          key,
          new Verified(
              result.getCallerPrincipal().getName(),
              Set.copyOf(result.getCallerGroups()),
              now.plusSeconds(basicCacheSeconds)));
    }
    return result;
  }

  /** A person's password from the sign-in form, or a program's not verified lately. */
  public CredentialValidationResult person(UsernamePasswordCredential credential, String address) {
    String name = credential.getCaller();
    if (names.refuses(name) || addresses.refuses(address)) {
      // logged, not audited: a flood of refused attempts must not fill the trail
      LOG.warning(
          () ->
              "Sign-in refused for a while after repeated failures: " + name + " from " + address);
      return CredentialValidationResult.INVALID_RESULT;
    }
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      names.succeeded(name);
    } else {
      names.failed(name);
      addresses.failed(address);
      LOG.warning(() -> "Sign-in failed: " + name + " from " + address);
      failures.record(name, address);
    }
    return result;
  }
}
