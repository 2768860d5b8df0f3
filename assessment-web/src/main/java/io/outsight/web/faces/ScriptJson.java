package io.outsight.web.faces;

import jakarta.json.JsonObjectBuilder;

/**
 * JSON that a page carries inside a script element, such as a chart's configuration. JSON's own
 * escaping leaves {@code </script>} in a vendor's name as it is, which would end the script and run
 * whatever follows; here every character that HTML reads inside a script ({@code < > &}) and the
 * two line separators JavaScript reads as line ends are written as \\u escapes, which mean the same
 * inside a JSON string and nothing to the HTML parser.
 */
public final class ScriptJson {

  private ScriptJson() {}

  public static String of(JsonObjectBuilder json) {
    String text = json.build().toString();
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<', '>', '&', '\u2028', '\u2029' -> escaped.append(String.format("\\u%04x", (int) c));
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
