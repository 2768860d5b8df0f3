package io.outsight.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * When the session has ended, an AJAX request (a click on a page left open) is redirected to the
 * sign-in page like any other, and the browser would get that page where it expects a partial
 * response, so nothing would happen. Instead it is told to load the page the user is on, which
 * asks for a sign-in and, after it, shows that page again.
 */
@WebFilter("/login.xhtml")
public class SignInDuringAjax extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      chain.doFilter(request, response);
      return;
    }
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response.getWriter()
        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
            + xmlAttribute(pageTheUserIsOn(request)) + "\"/></partial-response>");
  }

  /** The referring page if it is one of this application's, else the home page. */
  private static String pageTheUserIsOn(HttpServletRequest request) {
    String home = request.getContextPath() + "/";
    String application =
        request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + home;
    String referer = request.getHeader("Referer");
    return referer != null && referer.startsWith(application) ? referer : home;
  }

  private static String xmlAttribute(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
