package io.outsight.registry.access;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How passwords are hashed: PBKDF2 with HMAC-SHA-512 at the iteration count OWASP recommends for
 * it. Written as {@code name=value} constants because the identity store's annotation takes them
 * so.
 */
public final class PasswordHashing {

  public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
  public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
  public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
  public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

  private PasswordHashing() {}

  /** The parameters as {@code Pbkdf2PasswordHash.initialize} takes them. */
  public static Map<String, String> parameters() {
    return Stream.of(ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE)
        .map(parameter -> parameter.split("=", 2))
        .collect(Collectors.toUnmodifiableMap(pair -> pair[0], pair -> pair[1]));
  }
}
