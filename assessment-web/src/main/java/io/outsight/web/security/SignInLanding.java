package io.outsight.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where signing in lands once {@link PortalSignIn} has signed the user in, with the form or back
 * from the identity provider: the page they asked for before signing in, or the home page when they
 * opened the sign-in page directly.
 */
@WebServlet({"/j_security_check", OpenIdProvider.CALLBACK})
public class SignInLanding extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    doPost(request, response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    Object page = session == null ? null : session.getAttribute(PortalSignIn.RETURN_TO);
    if (session != null) {
      session.removeAttribute(PortalSignIn.RETURN_TO);
    }
    response.sendRedirect(
        page instanceof String address ? address : request.getContextPath() + "/");
  }
}
