package io.outsight.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The language of the user's session: first the browser's preference among the supported ones,
 * then whatever the user picks in the header.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SUPPORTED = Set.of("en", "fi");

  private String language;

  public String getLanguage() {
    if (language == null) {
      Locale preferred = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
      language = preferred != null && SUPPORTED.contains(preferred.getLanguage()) ? preferred.getLanguage() : "en";
    }
    return language;
  }

  public void setLanguage(String language) {
    if (SUPPORTED.contains(language)) {
      this.language = language;
    }
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  /** Shows the current page again, now in the chosen language. */
  public void reload() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + faces.getViewRoot().getViewId());
  }
}
