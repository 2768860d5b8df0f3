package io.outsight.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where a malformed body stops, as its sender counts lines and columns. */
class JsonBodiesTest {

  @Test
  void aBodyCutShortStopsAtItsEnd() {
    String body = "{\"kind\":\"VENDOR_DUE_DILIGENCE\",\"vendorId\":3";

    JsonLocation stop = JsonBodies.within(bytes(body), stopOf(body));

    assertThat(stop.getLineNumber()).isEqualTo(1);
    assertThat(stop.getColumnNumber()).isEqualTo(body.length() + 1);
  }

  @Test
  void aFaultWithinTheBodyKeepsItsPlace() {
    String body = "{\n  \"kind\": \"VENDOR_DUE_DILIGENCE\",\n  \"vendorId\" 3\n}";

    JsonLocation parsed = stopOf(body);
    JsonLocation stop = JsonBodies.within(bytes(body), parsed);

    assertThat(stop.getLineNumber()).isEqualTo(3);
    assertThat(stop.getColumnNumber()).isEqualTo(parsed.getColumnNumber()).isBetween(13L, 15L);
  }

  private static JsonLocation stopOf(String body) {
    try (JsonParser parser =
        Json.createParser(
            new InputStreamReader(new ByteArrayInputStream(bytes(body)), StandardCharsets.UTF_8))) {
      return catchThrowableOfType(
              JsonParsingException.class,
              () -> {
                while (parser.hasNext()) {
                  parser.next();
                }
              })
          .getLocation();
    }
  }

  private static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
