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
import java.util.Properties;
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

  private static Properties read(Path bundle) throws IOException {
    Properties messages = new Properties();
    try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      messages.load(reader);
    }
    return messages;
  }
}
