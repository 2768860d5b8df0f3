package io.outsight.registry.audit;

import io.outsight.core.audit.AuditEvent;
import io.outsight.core.audit.Checkpoint;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directory outside the database where the audit trail's checkpoints are written, one JSON file
 * each, never overwritten. A relative directory is taken in the server's own directory (Payara's
 * instance root). It belongs on storage the database's administrators cannot write: another
 * machine's share, or write-once storage. In a cluster every instance names the same directory.
 */
@ApplicationScoped
public class CheckpointFiles {

  /** The configuration key of the directory. */
  public static final String DIRECTORY = "outsight.audit.checkpoint-directory";

  private static final Pattern NAME = Pattern.compile("checkpoint-(\\d{9})\\.json");

  @Inject
  @ConfigProperty(name = DIRECTORY, defaultValue = "audit-checkpoints")
  String configured;

  private Path directory;

  @PostConstruct
  void open() {
    Path named = Path.of(configured.strip());
    directory =
        named.isAbsolute()
            ? named
            : Path.of(
                    System.getProperty("com.sun.aas.instanceRoot", System.getProperty("user.dir")))
                .resolve(named);
    try {
      Files.createDirectories(directory);
    } catch (IOException unwritable) {
      throw new IllegalStateException(
          "the audit checkpoint directory " + directory + " (" + DIRECTORY + ") cannot be created",
          unwritable);
    }
  }

  public Path directory() {
    return directory;
  }

  /** Every checkpoint in the directory; one that cannot be read counts as forged. */
  public List<Checkpoint> all() {
    return numbers().stream().map(this::read).toList();
  }

  /** The checkpoint with the highest number: by its file's name, the only file read. */
  public Optional<Checkpoint> newest() {
    return numbers().stream().max(Comparator.naturalOrder()).map(this::read);
  }

  /** Writes a new checkpoint; one of the same number is never replaced. */
  public void write(Checkpoint checkpoint) {
    Path file = file(checkpoint.number());
    try {
      Files.writeString(
          file,
          json(checkpoint).toString(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE,
          StandardOpenOption.SYNC);
    } catch (IOException unwritable) {
      throw new UncheckedIOException(
          "the audit checkpoint " + file + " cannot be written", unwritable);
    }
  }

  /** The numbers of the checkpoint files in the directory, by their names. */
  private List<Long> numbers() {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(file -> NAME.matcher(file.getFileName().toString()))
          .filter(Matcher::matches)
          .map(name -> Long.parseLong(name.group(1)))
          .toList();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(
          "the audit checkpoint directory " + directory + " cannot be read", unreadable);
    }
  }

  private Path file(long number) {
    return directory.resolve(String.format("checkpoint-%09d.json", number));
  }

  /** The checkpoint as written to its file, and as the audit-trail export carries it. */
  public static JsonObject json(Checkpoint checkpoint) {
    return Json.createObjectBuilder()
        .add("number", checkpoint.number())
        .add("trailSequence", checkpoint.trailSequence())
        .add("trailHash", checkpoint.trailHash())
        .add("legacyThrough", checkpoint.legacyThrough())
        .add("writtenAt", checkpoint.writtenAt().toString())
        .add("previousSeal", checkpoint.previousSeal())
        .add("seal", checkpoint.seal())
        .build();
  }

  private Checkpoint read(long number) {
    try (JsonReader reader =
        Json.createReader(Files.newBufferedReader(file(number), StandardCharsets.UTF_8))) {
      JsonObject json = reader.readObject();
      return new Checkpoint(
          json.getJsonNumber("number").longValueExact(),
          json.getJsonNumber("trailSequence").longValueExact(),
          json.getString("trailHash"),
          json.getJsonNumber("legacyThrough").longValueExact(),
          Instant.parse(json.getString("writtenAt")),
          json.getString("previousSeal"),
          json.getString("seal"));
    } catch (IOException
        | JsonException
        | ClassCastException
        | NullPointerException
        | ArithmeticException
        | DateTimeParseException unreadable) {
      // a file cut short or changed by hand: it cannot check, so verification names it forged
      return new Checkpoint(number, 0, AuditEvent.GENESIS, -1, Instant.EPOCH, "", "unreadable");
    }
  }
}
