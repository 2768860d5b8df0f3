package io.outsight.core.audit;

import java.nio.charset.StandardCharsets;

/**
 * What seals an audit event's content and link into its hash. Events are sealed with the portal's
 * {@link ChainKey}, so that someone who can write the database but does not hold the key cannot
 * write a chain that checks. Events written before the portal had a key stay {@link #UNKEYED}.
 */
@FunctionalInterface
public interface ChainSeal {

  /** Plain SHA-256: the seal of the events a trail held when it was first given a key. */
  ChainSeal UNKEYED = content -> Sha256.hex(content.getBytes(StandardCharsets.UTF_8));

  /** The seal of this content, in lower-case hex. */
  String of(String content);
}
