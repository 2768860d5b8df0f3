package io.outsight.web.security;

import static io.outsight.core.json.JsonProcessing.JSON;

import io.outsight.web.i18n.LanguageSelection;
import io.outsight.web.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A program refused before the API is reached (not signed in, or an account that may not be used):
 * problem details as the API's own, in the language the request prefers.
 */
final class ProgramRefusal {

  private ProgramRefusal() {}

  /**
   * Sends the problem {@code type}, titled by the bundle's {@code problem.<type>} and explained by
   * its {@code detailKey}.
   */
  static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String type,
      String detailKey)
      throws IOException {
    Locale language = LanguageSelection.firstSpoken(request.getHeader("Accept-Language"));
    ResourceBundle words = ResourceBundle.getBundle(Messages.BUNDLE, language);
    response.setStatus(status);
    // JSON is UTF-8 and takes no charset parameter (RFC 8259), as the API's problems are sent
    response.setContentType("application/problem+json");
    response.setHeader("Content-Language", language.toLanguageTag());
    response
        .getOutputStream()
        .write(
            JSON.createObjectBuilder()
                .add("type", "urn:outsight:problem:" + type)
                .add("title", words.getString("problem." + type))
                .add("status", status)
                .add("detail", words.getString(detailKey))
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
  }
}
