package io.outsight.core.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the digest of the audit chain, template snapshots and every file the portal takes in or
 * writes out.
 */
public final class Sha256 {

  private Sha256() {}

  /** A fresh digest, for bytes that stream past. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("every Java runtime has SHA-256", missing);
    }
  }

  /** The digest of these bytes, in lower-case hex. */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** A finished digest in lower-case hex. */
  public static String hex(MessageDigest finished) {
    return HexFormat.of().formatHex(finished.digest());
  }
}
