package io.outsight.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

  private static final String HOSTILE =
      "x</script><script>document.title='owned'</script> & <!-- \u2028";

  @Test
  void aValueCannotEndTheScriptOrStartMarkup() {
    String json =
        ScriptJson.of(
            Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add(HOSTILE)));

    assertThat(json).doesNotContain("<", ">", "&", "\u2028").contains("\\u003c/script\\u003e");
  }

  @Test
  void theEscapedJsonReadsBackAsTheSameValue() {
    String json =
        ScriptJson.of(Json.createObjectBuilder().add("label", HOSTILE).add("share", 12.5));

    JsonObject read = Json.createReader(new StringReader(json)).readObject();
    assertThat(read.getString("label")).isEqualTo(HOSTILE);
    assertThat(read.getJsonNumber("share").doubleValue()).isEqualTo(12.5);
  }
}
