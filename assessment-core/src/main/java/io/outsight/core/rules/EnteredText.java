package io.outsight.core.rules;

import java.util.List;

/**
 * Free text that reaches the domain other than through a validated form or request (an answer's
 * evidence, a reviewer's comment, a readiness decision): as long as its column keeps, and plain
 * ({@link PlainText}). Refused with the field's name, so that nothing is cut short or fails in the
 * database.
 */
public final class EnteredText {

  private EnteredText() {}

  /** The text as given, or null for none. */
  public static String checked(String field, String text, int maxLength, boolean lines) {
    if (text == null) {
      return null;
    }
    if (text.length() > maxLength) {
      throw new RuleViolation(
          "text.too-long",
          field + " has " + text.length() + " characters, at most " + maxLength + " are kept",
          List.of(field, String.valueOf(maxLength)));
    }
    if (!PlainText.Check.allows(text, lines)) {
      throw new RuleViolation(
          "text.not-plain",
          field + " holds control characters or invisible direction marks",
          List.of(field));
    }
    return text;
  }
}
