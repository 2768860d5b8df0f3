package io.outsight.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Sends the first signed-in request of a session once more to the same address. On Payara, the
 * request that continues to the page asked for before signing in carries the user's roles to the
 * web tier but not to EJBs (payara/Payara#4734), so a boundary would refuse the user there; the
 * repeated request is an ordinary one in which both see the roles.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SignInCompletion extends HttpFilter {

  private static final String COMPLETED = SignInCompletion.class.getName();

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (request.getUserPrincipal() != null && session != null && session.getAttribute(COMPLETED) == null) {
      session.setAttribute(COMPLETED, Boolean.TRUE);
      if ("GET".equals(request.getMethod())) {
        String query = request.getQueryString();
        response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
