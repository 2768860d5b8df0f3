package io.outsight.core.access;

import java.security.SecureRandom;

/**
 * A password an administrator hands over once, for a new account or after a reset: four groups of
 * four letters and digits (about 80 bits), without the ones read alike (0 O o, 1 l I), so that it
 * survives being read aloud or typed from paper. It is good only for choosing a new password.
 */
public final class TemporaryPassword {

  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TemporaryPassword() {}

  public static String generate() {
    StringBuilder password = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
