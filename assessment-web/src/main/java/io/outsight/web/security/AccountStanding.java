package io.outsight.web.security;

import io.outsight.registry.access.UserAccounts;
import jakarta.ejb.EJB;
import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Holds a signed-in person to their account's standing on every request, not only at sign-in: an
 * account an administrator disabled loses its open sessions at the next click, and someone whose
 * password was set by an administrator reaches only the page where they choose their own. Programs
 * are told so in a problem instead of a page. People the identity provider signed in have no
 * account here and pass.
 */
@WebFilter("/*")
public class AccountStanding extends HttpFilter {

  /** The one page open to someone who must choose a new password. */
  public static final String PASSWORD_PAGE = "/account/password.xhtml";

  @EJB private UserAccounts accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    if (request.getRemoteUser() == null || path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER)) {
      chain.doFilter(request, response);
      return;
    }
    var standing = accounts.standing(request.getRemoteUser());
    if (standing.isEmpty()
        || standing.get().enabled() && !standing.get().mustChangePassword()
        || PASSWORD_PAGE.equals(path)) {
      chain.doFilter(request, response);
      return;
    }
    boolean program = path.startsWith("/api");
    if (!standing.get().enabled()) {
      request.logout();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      if (program) {
        ProgramRefusal.send(
            request,
            response,
            HttpServletResponse.SC_UNAUTHORIZED,
            "account-disabled",
            "problem.account-disabled.detail");
      } else {
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
      }
    } else if (program) {
      ProgramRefusal.send(
          request,
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "password-change-required",
          "problem.password-change-required.detail");
    } else {
      response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
    }
  }
}
