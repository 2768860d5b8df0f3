package io.outsight.core.access;

import io.outsight.core.rules.RuleViolation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * What a password chosen in the portal must be: 12 to 128 characters, not one of the 100,000
 * passwords most often found in leaks (nbvcxz's list, compared without regard to case), and not
 * containing the username. Length rather than character classes, as NIST SP 800-63B advises: a long
 * phrase is harder to guess than a short word with a digit and a sign appended. The upper bound
 * keeps one sign-in from costing the server more hashing than any real password needs.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /**
   * @throws RuleViolation {@code password.too-short}, {@code password.too-long}, {@code
   *     password.common} or {@code password.contains-username}, naming the bound where one applies
   */
  public static void require(String username, String password) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw new RuleViolation(
          "password.too-short",
          "A password has at least " + MIN_LENGTH + " characters",
          List.of(String.valueOf(MIN_LENGTH)));
    }
    if (length > MAX_LENGTH) {
      throw new RuleViolation(
          "password.too-long",
          "A password has at most " + MAX_LENGTH + " characters",
          List.of(String.valueOf(MAX_LENGTH)));
    }
    String folded = password.toLowerCase(Locale.ROOT);
    if (LeakedPasswords.FOLDED.contains(folded)) {
      throw new RuleViolation(
          "password.common", "This password is among the most common ones found in leaks");
    }
    if (folded.contains(username.toLowerCase(Locale.ROOT))) {
      throw new RuleViolation(
          "password.contains-username", "A password may not contain the username");
    }
  }

  /** Loaded on the first check, not when the class is: most starts never need it. */
  private static final class LeakedPasswords {
    static final Set<String> FOLDED =
        DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet().stream()
            .map(password -> password.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }
}
