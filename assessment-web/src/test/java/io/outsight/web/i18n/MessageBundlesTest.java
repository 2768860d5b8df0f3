package io.outsight.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The same message is shown as it stands on a page and formatted with its arguments in problems,
 * mails and the audit page; MessageFormat reads an ASCII apostrophe as the start of a quote, which
 * swallowed what followed it ("the files name is longer than {0} characters"). So the messages use
 * the typographic apostrophe and quotes, and every one reads the same both ways.
 */
class MessageBundlesTest {

  private static final List<Path> BUNDLES =
      List.of(
          Path.of("src/main/resources/io/outsight/web/i18n/messages.properties"),
          Path.of("src/main/resources/io/outsight/web/i18n/messages_fi.properties"),
          Path.of(
              "../vendor-registry/src/main/resources/io/outsight/registry/notification/notifications.properties"));

  @Test
  void noMessageHoldsAnApostropheThatMessageFormatWouldTakeForAQuote() throws IOException {
    List<String> quoting = new ArrayList<>();
    for (Path bundle : BUNDLES) {
      Properties messages = read(bundle);
      assertThat(messages).as(bundle.toString()).hasSizeGreaterThan(10);
      for (String key : messages.stringPropertyNames()) {
        String text = messages.getProperty(key);
        if (text.indexOf('\'') >= 0) {
          quoting.add(bundle.getFileName() + " " + key + ": " + text);
        }
      }
    }
    assertThat(quoting)
        .as("messages with an ASCII apostrophe; write ’ (or “ ” around a value)")
        .isEmpty();
  }

  @Test
  void aMessageWithAnApostropheReadsWholeWhenFormatted() {
    assertThat(
            new MessageFormat("the file’s name is longer than {0} characters", Locale.ENGLISH)
                .format(new Object[] {"255"}))
        .isEqualTo("the file’s name is longer than 255 characters");
  }

  @Test
  void aReaderAskingForEnglishReadsEnglishOnAServerWhoseOwnLocaleIsFinnish() {
    Locale own = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("fi-FI"));
      ResourceBundle.clearCache();
      for (String bundle :
          List.of(
              "io.outsight.web.i18n.messages", "io.outsight.registry.notification.notifications")) {
        assertThat(ResourceBundle.getBundle(bundle, Locale.ENGLISH).getLocale())
            .as(bundle)
            .isEqualTo(Locale.ENGLISH);
      }
      assertThat(ResourceBundle.getBundle("io.outsight.web.i18n.messages", Locale.ENGLISH))
          .satisfies(words -> assertThat(words.getString("nav.vendors")).isEqualTo("Vendors"));
    } finally {
      Locale.setDefault(own);
      ResourceBundle.clearCache();
    }
  }

  /**
   * The audit trail's page names each event's entity type and action in the reader's words: every
   * type and action the portal records (the literals its calls of AuditRecorder.record pass) has
   * them in both languages.
   */
  @Test
  void everyEntityTypeAndActionTheAuditTrailRecordsHasItsWords() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path sources :
        List.of(
            Path.of("src/main/java"),
            Path.of("../vendor-registry/src/main/java"),
            Path.of("../reporting/src/main/java"))) {
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String code = Files.readString(file);
          Matcher call = RECORD.matcher(code);
          while (call.find()) {
            List<String> arguments = arguments(code, call.end());
            if (arguments.size() == 6) {
              literal(arguments.get(1)).ifPresent(type -> keys.add("audit.entityType." + type));
              literal(arguments.get(3)).ifPresent(action -> keys.add("audit.action." + action));
            }
          }
        }
      }
    }
    assertThat(keys).as("the audit trail's types and actions found").hasSizeGreaterThan(40);
    for (Path bundle : BUNDLES.subList(0, 2)) {
      assertThat(read(bundle).stringPropertyNames()).as(bundle.toString()).containsAll(keys);
    }
  }

  private static final Pattern RECORD = Pattern.compile("\\.record\\(");

  private static final Pattern LITERAL = Pattern.compile("\\s*\"(\\w+)\"\\s*");

  /** The arguments of the call whose list opens before {@code from}, split at its own commas. */
  private static List<String> arguments(String code, int from) {
    List<String> arguments = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
        depth--;
      } else if (c == ')' || (c == ',' && depth == 0)) {
        arguments.add(code.substring(start, i));
        start = i + 1;
        if (c == ')') {
          break;
        }
      }
    }
    return arguments;
  }

  private static Optional<String> literal(String argument) {
    Matcher literal = LITERAL.matcher(argument);
    return literal.matches() ? Optional.of(literal.group(1)) : Optional.empty();
  }

  private static Properties read(Path bundle) throws IOException {
    Properties messages = new Properties();
    try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      messages.load(reader);
    }
    return messages;
  }
}
