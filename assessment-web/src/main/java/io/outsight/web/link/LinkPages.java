package io.outsight.web.link;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the pages a vendor's link opens do alike. */
final class LinkPages {

  private LinkPages() {}

  /**
   * Shows the link's page again, from its address: a link revoked or expired while the page was
   * open then says so, as it would to anyone opening it.
   *
   * @param page the page's path, as {@code /vendor/results.xhtml}
   */
  static void showAgain(String page, String token) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(
          external.getRequestContextPath()
              + page
              + "?token="
              + URLEncoder.encode(String.valueOf(token), StandardCharsets.UTF_8));
    } catch (IOException notRedirected) {
      throw new UncheckedIOException(notRedirected);
    }
  }
}
