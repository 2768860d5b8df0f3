package io.outsight.registry.extension;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a contribution is not loaded: a stable code the portal translates, what it concerns, and the
 * same in English for the log.
 */
@Schema(name = "ExtensionRefusal")
public record Refusal(String code, List<String> arguments, String text) implements Serializable {

  public Refusal {
    arguments = List.copyOf(arguments);
  }

  private static Refusal of(String code, String english, String... arguments) {
    return new Refusal(
        code, List.of(arguments), new MessageFormat(english, Locale.ENGLISH).format(arguments));
  }

  static Refusal noApiVersion(String attribute) {
    return of("no-api-version", "names no extension API version in its manifest ({0})", attribute);
  }

  static Refusal unreadableApiVersion(String text) {
    return of(
        "unreadable-api-version",
        "states an extension API version \"{0}\" that is none, such as 1.0 or 1.2.3",
        text);
  }

  static Refusal newerApi(String needed, String offered) {
    return of("newer-api", "needs extension API {0}; this portal offers {1}", needed, offered);
  }

  static Refusal unreadableFolder(String problem) {
    return of("unreadable-folder", "the extensions folder cannot be read: {0}", problem);
  }

  static Refusal unfitDescription(String problem) {
    return of("unfit-description", "describes itself unfitly: {0}", problem);
  }

  static Refusal unreadableJar(String problem) {
    return of("unreadable-jar", "is not a readable jar: {0}", problem);
  }

  static Refusal cannotLoad(String cause) {
    return of("cannot-load", "cannot be loaded: {0}", cause);
  }

  static Refusal failedLoading(String cause) {
    return of("failed-loading", "failed while loading: {0}", cause);
  }

  static Refusal idTaken(String id, String holder) {
    return of("id-taken", "the id {0} is taken by {1}", id, holder);
  }

  static Refusal idClaimedTwice(String id, String others) {
    return of("id-claimed-twice", "the id {0} is claimed also by {1}", id, others);
  }
}
