package io.outsight.registry.audit;

import io.outsight.core.audit.ChainKey;
import io.outsight.registry.profile.TrialProfiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit trail's key, from the configuration ({@value #KEY}: at least 32 random bytes in Base64,
 * e.g. the environment variable OUTSIGHT_AUDIT_KEY), never from the code or the database. Every
 * instance of a cluster needs the same key. Only a demo or a test (MicroProfile Config profile
 * {@code demo} or {@code test}) may start without one: it then makes a key of its own and keeps it
 * in the checkpoint directory, which is no protection and says so in the log.
 */
@ApplicationScoped
public class AuditKey {

  /** The configuration key of the audit trail's key. */
  public static final String KEY = "outsight.audit.key";

  private static final Logger LOG = Logger.getLogger(AuditKey.class.getName());

  @Inject
  @ConfigProperty(name = KEY)
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "mp.config.profile")
  Optional<String> profile;

  @Inject private CheckpointFiles files;

  private ChainKey key;

  @PostConstruct
  void load() {
    key =
        configured
            .map(String::strip)
            .filter(text -> !text.isEmpty())
            .map(AuditKey::decode)
            .orElseGet(this::madeForADemo);
  }

  public ChainKey key() {
    return key;
  }

  /**
   * The key from its Base64; one that is not Base64 or too short stops the start, naming the key.
   */
  static ChainKey decode(String base64) {
    try {
      return ChainKey.of(Base64.getDecoder().decode(base64));
    } catch (IllegalArgumentException unusable) {
      throw new IllegalStateException(
          KEY
              + " must be at least "
              + ChainKey.MIN_BYTES
              + " random bytes in Base64 (e.g. openssl rand -base64 32): "
              + unusable.getMessage());
    }
  }

  private ChainKey madeForADemo() {
    if (!TrialProfiles.include(profile)) {
      throw new IllegalStateException(
          "The audit trail needs its key: set "
              + KEY
              + " (environment variable OUTSIGHT_AUDIT_KEY) to"
              + " at least "
              + ChainKey.MIN_BYTES
              + " random bytes in Base64, e.g. from openssl rand -base64 32, the same on every instance");
    }
    Path file = files.directory().resolve("demo-audit.key");
    try {
      byte[] made = new byte[ChainKey.MIN_BYTES];
      new SecureRandom().nextBytes(made);
      Files.writeString(
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
          Base64.getEncoder().encodeToString(made));
    } catch (FileAlreadyExistsException kept) {
      // made at an earlier start of this demo
    } catch (IOException unwritable) {
      throw new UncheckedIOException(
          "the demo's audit key " + file + " cannot be written", unwritable);
    }
    LOG.warning(
        () ->
            "No "
                + KEY
                + " is configured: this "
                + profile.orElse("")
                + " portal seals its audit trail with the key in "
                + file
                + ", beside its checkpoints. That proves nothing to an auditor; configure a key of your own in production.");
    try {
      return decode(Files.readString(file).strip());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(
          "the demo's audit key " + file + " cannot be read", unreadable);
    }
  }
}
