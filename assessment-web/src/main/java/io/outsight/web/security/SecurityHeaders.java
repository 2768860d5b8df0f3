package io.outsight.web.security;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers on every answer that keep the portal's pages from being framed by other sites, sniffed
 * into another content type, leaking their addresses to other hosts, kept in a shared cache, or
 * loading plug-ins and posting forms elsewhere. Scripts are held to the page's own nonce by
 * PrimeFaces' CSP mode (web.xml), which adds a second policy to every page; this one covers the
 * rest. Over HTTPS browsers are told to keep to it. The portal's static resources may be cached.
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

  private static final String APPLIED = SecurityHeaders.class.getName();

  @Inject private OpenIdProvider openIdProvider;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "SAMEORIGIN");
    headers.put("Referrer-Policy", "same-origin");
    headers.put(
        "Content-Security-Policy",
        "object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'"
            + (openIdProvider.isConfigured() ? " " + origin(openIdProvider.getUri()) : ""));
    if (request.isSecure()) {
      headers.put("Strict-Transport-Security", "max-age=31536000");
    }
    if (!request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER)) {
      headers.put("Cache-Control", "no-store");
    }
    headers.forEach(response::setHeader);
    request.setAttribute(APPLIED, headers);
    chain.doFilter(request, response);
  }

  /**
   * Sets this request's headers again on a response that was reset to send a file instead of a
   * page.
   */
  public static void restore(ExternalContext external) {
    if (external.getRequestMap().get(APPLIED) instanceof Map<?, ?> headers) {
      headers.forEach(
          (name, value) -> external.setResponseHeader(String.valueOf(name), String.valueOf(value)));
    }
  }

  /** A form posted while signing in may go on to the identity provider. */
  private static String origin(String uri) {
    URI provider = URI.create(uri);
    return provider.getScheme() + "://" + provider.getRawAuthority();
  }
}
