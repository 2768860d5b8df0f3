package io.outsight.extension.api;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A text in the portal's two languages, English and Finnish. */
public record LocalizedText(String en, String fi) implements Serializable {

  public LocalizedText {
    Objects.requireNonNull(en, "English text");
    Objects.requireNonNull(fi, "Finnish text");
  }

  public String in(Locale locale) {
    return "fi".equals(locale.getLanguage()) ? fi : en;
  }
}
