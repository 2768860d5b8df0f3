package io.outsight.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language of the user's session: first the browser's preference among the supported ones, then
 * whatever the user picks in the header.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SUPPORTED = Set.of("en", "fi");

  /** The name of the language switch's field holding the page's query string. */
  public static final String PAGE_QUERY = "page-query";

  /**
   * A query string as a page address carries it: nothing that could end the redirect's header or
   * its address.
   */
  private static final Pattern QUERY = Pattern.compile("[\\w.~%&=+-]{1,2000}");

  private String language;

  /** Whether the user picked the language in the header, which nothing then overrides. */
  private boolean picked;

  public String getLanguage() {
    if (language == null) {
      language =
          firstSpoken(
                  FacesContext.getCurrentInstance()
                      .getExternalContext()
                      .getRequestHeaderMap()
                      .get("Accept-Language"))
              .getLanguage();
    }
    return language;
  }

  /**
   * {@link #firstSpoken(List)} of a request's Accept-Language header, in the order of its weights.
   * A request without one, or with one that cannot be read, is answered in English: not in the
   * server's own locale, which a servlet's request names then.
   */
  public static Locale firstSpoken(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.ENGLISH;
    }
    try {
      return firstSpoken(
          Locale.LanguageRange.parse(acceptLanguage).stream()
              .filter(range -> range.getWeight() > 0)
              .map(range -> Locale.forLanguageTag(range.getRange()))
              .toList());
    } catch (IllegalArgumentException unreadable) {
      return Locale.ENGLISH;
    }
  }

  /**
   * The first of the languages a request accepts, in its order of preference, that the portal
   * speaks; English when it speaks none of them. The pages start in it, and programs are answered
   * in it.
   */
  public static Locale firstSpoken(List<Locale> acceptable) {
    return acceptable.stream()
        .map(Locale::getLanguage)
        .filter(SUPPORTED::contains)
        .findFirst()
        .map(Locale::forLanguageTag)
        .orElse(Locale.ENGLISH);
  }

  public void setLanguage(String language) {
    if (SUPPORTED.contains(language)) {
      this.language = language;
      picked = true;
    }
  }

  /**
   * The language a page proposes for its reader, such as the one a vendor's link was sent in,
   * unless the reader has picked one in the header.
   */
  public void propose(String proposed) {
    if (!picked && SUPPORTED.contains(proposed)) {
      language = proposed;
    }
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  /**
   * Shows the current page again, now in the chosen language, with the parameters it was opened
   * with: the language switch posts them back ({@value #PAGE_QUERY}, written into the switch's form
   * when the page was rendered), as a contract's page without its id would find no contract.
   */
  public void reload() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    String query = external.getRequestParameterMap().get(PAGE_QUERY);
    boolean keep = query != null && QUERY.matcher(query).matches();
    external.redirect(
        external.getRequestContextPath()
            + faces.getViewRoot().getViewId()
            + (keep ? "?" + query : ""));
  }
}
