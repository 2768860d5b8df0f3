package io.outsight.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How people and programs sign in to the embedded default, against the users in the database:
 *
 * <ul>
 *   <li>People use the sign-in form. Asking for a page first leads there; after signing in they
 *       land on the page they asked for ({@link SignInLanding}).
 *   <li>Programs calling the REST API send HTTP Basic credentials with each request and get 401,
 *       not the sign-in page, without them.
 *   <li>A click on a page left open after the session ended (an AJAX request) is told to load
 *       that page again, which then asks for a sign-in.
 * </ul>
 *
 * The signed-in user is kept in the session, so the form is needed once per session. It is kept
 * as a plain session attribute, name and groups, rather than in the container's own record of the
 * session: in a cluster the attribute travels with the session to whichever instance serves the
 * next request.
 */
@ApplicationScoped
public class PortalSignIn implements HttpAuthenticationMechanism {

  static final String RETURN_TO = PortalSignIn.class.getName() + ".returnTo";

  private static final String SIGNED_IN = PortalSignIn.class.getName() + ".signedIn";

  /** Who signed in with the form, as the session keeps them. */
  private record SignedIn(String name, Set<String> groups) implements Serializable {}

  private static final String BASIC = "Basic ";

  @Inject private IdentityStoreHandler identityStore;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<UsernamePasswordCredential> basic = basicCredential(request);
    if (basic.isPresent()) {
      CredentialValidationResult result = identityStore.validate(basic.get());
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : askProgramToSignIn(response);
    }
    if (isSignInForm(request)) {
      return signInWithForm(request, response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn user) {
      return context.notifyContainerAboutLogin(user.name(), user.groups());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return askProgramToSignIn(response);
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return reloadPageOfAjax(request, response);
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request.getSession().setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
    return redirect(response, request.getContextPath() + "/login.xhtml");
  }

  private AuthenticationStatus signInWithForm(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String username = request.getParameter("j_username");
    String password = request.getParameter("j_password");
    if (username == null || password == null) {
      return redirect(response, request.getContextPath() + "/login.xhtml?failed=true");
    }
    CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(username.strip(), password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return redirect(response, request.getContextPath() + "/login.xhtml?failed=true");
    }
    // A new session id at sign-in, so that an id planted before it is worthless afterwards.
    request.getSession();
    request.changeSessionId();
    request.getSession().setAttribute(SIGNED_IN, new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    return context.notifyContainerAboutLogin(result);
  }

  /** 401 with a challenge for HTTP Basic, and the reason as problem details like every API error. */
  private static AuthenticationStatus askProgramToSignIn(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Outsight\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write("{\"type\":\"urn:outsight:problem:unauthorized\",\"title\":\"Sign in with HTTP Basic\","
          + "\"status\":401,\"detail\":\"Send the username and password of an Outsight user.\"}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** Tells the page's AJAX script to load the page it is on, or the home page, again. */
  private static AuthenticationStatus reloadPageOfAjax(HttpServletRequest request, HttpServletResponse response) {
    String home = request.getContextPath() + "/";
    String application = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + home;
    String referer = request.getHeader("Referer");
    String page = referer != null && referer.startsWith(application) ? referer : home;
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    try {
      response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
          + page.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
          + "\"/></partial-response>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static AuthenticationStatus redirect(HttpServletResponse response, String location) {
    try {
      response.sendRedirect(location);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static boolean isSignInForm(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/j_security_check");
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? Optional.empty() : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}
