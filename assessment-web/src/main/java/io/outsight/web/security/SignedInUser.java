package io.outsight.web.security;

import io.outsight.core.access.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.stream.Stream;

/**
 * Who is signed in, what the pages may offer them, and signing out. Roles are asked of the request:
 * on Payara, SecurityContext.isCallerInRole does not see roles mapped from the identity store's
 * groups.
 */
@Named
@RequestScoped
public class SignedInUser {

  @Inject private ExternalContext external;

  private String role;

  public String getName() {
    return external.getUserPrincipal() == null ? "" : external.getUserPrincipal().getName();
  }

  /**
   * The user's role, the strongest first: an administrator who also audits is shown as admin. Asked
   * once a request: the header names it twice.
   */
  public String getRole() {
    if (role == null) {
      role =
          Stream.of(Roles.ADMIN, Roles.PROCUREMENT, Roles.AUDITOR)
              .filter(external::isUserInRole)
              .findFirst()
              .orElse("NONE");
    }
    return role;
  }

  public boolean isMayRegisterVendors() {
    return external.isUserInRole(Roles.PROCUREMENT) || external.isUserInRole(Roles.ADMIN);
  }

  /**
   * The audit trail and the administration pages: auditors read them, administrators change them.
   */
  public boolean isMaySeeAdministration() {
    return external.isUserInRole(Roles.ADMIN) || external.isUserInRole(Roles.AUDITOR);
  }

  /**
   * Ends the session and shows the sign-in page. Not the home page: where an identity provider
   * signs people in, that would send them straight back to it, which may sign them in again.
   */
  public void signOut() throws ServletException, IOException {
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
    FacesContext.getCurrentInstance().responseComplete();
  }
}
