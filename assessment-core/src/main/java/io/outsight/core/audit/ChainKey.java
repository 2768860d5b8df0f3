package io.outsight.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The audit trail's key: events and checkpoints are sealed with HMAC-SHA-256 under it. It comes
 * from the installation's configuration, never from the code or the database, so that rewriting the
 * database alone cannot produce a trail that checks.
 */
public final class ChainKey implements ChainSeal {

  /** The shortest key taken: as long as the MAC itself. */
  public static final int MIN_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  private ChainKey(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
  }

  /**
   * @throws IllegalArgumentException when the key is shorter than {@value #MIN_BYTES} bytes
   */
  public static ChainKey of(byte[] key) {
    if (key.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "the audit key has " + key.length + " bytes; it needs at least " + MIN_BYTES);
    }
    return new ChainKey(key.clone());
  }

  @Override
  public String of(String content) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException missing) {
      throw new IllegalStateException("every Java runtime has " + ALGORITHM, missing);
    }
  }

  /** Whether {@code seal} is this key's seal of {@code content}, compared in constant time. */
  public boolean sealed(String content, String seal) {
    return MessageDigest.isEqual(
        of(content).getBytes(StandardCharsets.US_ASCII), seal.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "ChainKey[hidden]";
  }
}
