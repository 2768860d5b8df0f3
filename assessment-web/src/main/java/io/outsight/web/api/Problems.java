package io.outsight.web.api;

import static io.outsight.core.json.JsonProcessing.JSON;

import io.outsight.web.i18n.LanguageSelection;
import io.outsight.web.i18n.Messages;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * RFC 9457 problem details, the one shape every API error has, in the caller's language: Finnish
 * when the request's Accept-Language ranks it above English, English otherwise.
 */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  private final Locale language;
  private final ResourceBundle bundle;

  private Problems(Locale language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, language);
  }

  static Problems in(HttpHeaders headers) {
    return new Problems(language(headers));
  }

  /** Problems in the first of these languages that the portal speaks. */
  static Problems in(List<Locale> acceptable) {
    return new Problems(LanguageSelection.firstSpoken(acceptable));
  }

  /** The first language asked for that the portal speaks; English when none is. */
  static Locale language(HttpHeaders headers) {
    return LanguageSelection.firstSpoken(headers.getAcceptableLanguages());
  }

  /**
   * The language of a file: {@code lang} (en or fi) where the caller names it, for clients that
   * cannot set Accept-Language, else the first the request accepts.
   *
   * @throws IllegalArgumentException naming lang when it is a language the portal does not write
   */
  static Locale language(HttpHeaders headers, String lang) {
    if (lang == null || lang.isBlank()) {
      return language(headers);
    }
    if (!lang.equals("en") && !lang.equals("fi")) {
      throw new IllegalArgumentException("lang: en or fi, not " + lang);
    }
    return Locale.forLanguageTag(lang);
  }

  Locale language() {
    return language;
  }

  /** The words for a message key, or the fallback when the bundle has no such key. */
  String words(String key, String fallback, Object... arguments) {
    try {
      return new MessageFormat(bundle.getString(key), language).format(arguments);
    } catch (MissingResourceException notWorded) {
      return fallback;
    }
  }

  /** A problem titled by its type's words. */
  Response of(Response.Status status, String type, String detail) {
    return of(
        status, type, words("problem." + type, status.getReasonPhrase()), detail, problem -> {});
  }

  /** A problem with members of its own, e.g. the rule that refused or the fields at fault. */
  Response of(
      Response.Status status,
      String type,
      String title,
      String detail,
      Consumer<JsonObjectBuilder> members) {
    JsonObjectBuilder problem =
        JSON.createObjectBuilder()
            .add("type", "urn:outsight:problem:" + type)
            .add("title", title)
            .add("status", status.getStatusCode());
    if (detail != null) {
      problem.add("detail", detail);
    }
    members.accept(problem);
    return Response.status(status)
        .type(MEDIA_TYPE)
        .language(language)
        .entity(problem.build().toString())
        .build();
  }
}
