package io.outsight.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.context.spi.AlterableContext;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How people and programs sign in to the embedded default, against the users in the database:
 *
 * <ul>
 *   <li>People use the sign-in form. Asking for a page first leads there; after signing in they
 *       land on the page they asked for ({@link SignInLanding}).
 *   <li>Programs calling the REST API send HTTP Basic credentials with each request and get 401,
 *       not the sign-in page, without them. The API never takes a page's session: another site's
 *       page cannot call it with the cookie the user's browser holds (cross-site request forgery).
 *   <li>A click on a page left open after the session ended (an AJAX request) is told to load that
 *       page again, which then asks for a sign-in.
 * </ul>
 *
 * Where the company's identity provider is configured ({@link OpenIdProvider}), people sign in
 * there instead of with the form, by the OpenID Connect mechanism that Jakarta Security defines,
 * and programs send the provider's access tokens ({@link BearerTokens}); the portal's own accounts
 * open nothing unless kept for the API.
 *
 * <p>The signed-in user is kept in the session, so signing in is needed once per session. It is
 * kept as a plain session attribute, name and groups, rather than in the container's own record of
 * the session: in a cluster the attribute travels with the session to whichever instance serves the
 * next request.
 *
 * <p>Jakarta Security 3.0 has one mechanism per application. This one takes precedence as an
 * alternative, and hands people to the OpenID Connect mechanism, the other bean of the type, when a
 * provider is configured.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PortalSignIn implements HttpAuthenticationMechanism {

  static final String RETURN_TO = PortalSignIn.class.getName() + ".returnTo";

  private static final String SIGNED_IN = PortalSignIn.class.getName() + ".signedIn";

  /** Who signed in with the form, as the session keeps them. */
  private record SignedIn(String name, Set<String> groups) implements Serializable {}

  private static final String BASIC = "Basic ";

  private static final String BEARER = "Bearer ";

  @Inject private SignInGuard guard;

  @Inject private BearerTokens bearerTokens;

  @Inject private OpenIdProvider openIdProvider;

  @Inject private RoleMapping roleMapping;

  @Inject private BeanManager beans;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    // Programs: the API; its description (/openapi) called with credentials, the provider's token
    // too; and any address called with HTTP Basic, except where the identity provider signs people
    // in: then the portal's own passwords open the API only.
    if (isApi(request)
        || (isApiDescription(request)
            && (bearerToken(request).isPresent() || basicCredential(request).isPresent()))
        || (!openIdProvider.isConfigured() && basicCredential(request).isPresent())) {
      return signInProgram(request, response, context);
    }
    if (isSignInForm(request) && !openIdProvider.isConfigured()) {
      return signInWithForm(request, response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn user) {
      return context.notifyContainerAboutLogin(user.name(), user.groups());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return reloadPageOfAjax(request, response);
    }
    if (openIdProvider.isConfigured()) {
      return signInAtProvider(request, response, context);
    }
    rememberPageAskedFor(request);
    return redirect(response, request.getContextPath() + "/login.xhtml");
  }

  /**
   * A call of the API: signed in by its own credentials (the provider's access token under OpenID
   * Connect, else HTTP Basic), or refused with 401 where it needs them.
   */
  private AuthenticationStatus signInProgram(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<String> token = bearerToken(request).filter(present -> openIdProvider.isConfigured());
    Optional<UsernamePasswordCredential> basic =
        basicCredential(request)
            .filter(
                present ->
                    !openIdProvider.isConfigured() || openIdProvider.keepsLocalAccountsForApi());
    CredentialValidationResult result;
    if (token.isPresent()) {
      result = bearerTokens.validate(token.get());
    } else if (basic.isPresent()) {
      result = guard.program(basic.get(), request.getRemoteAddr());
    } else {
      return context.isProtected() || request.getHeader("Authorization") != null
          ? askProgramToSignIn(request, response)
          : context.doNothing();
    }
    return result.getStatus() == CredentialValidationResult.Status.VALID
        ? context.notifyContainerAboutLogin(result)
        : askProgramToSignIn(request, response);
  }

  /**
   * The page to land on after signing in ({@link SignInLanding}): the one asked for, if it was a
   * GET. A path sent as "//host/…" or "/\host/…" would make the redirect after sign-in leave the
   * portal, so leading slashes and backslashes become one slash.
   */
  private static void rememberPageAskedFor(HttpServletRequest request) {
    if ("GET".equals(request.getMethod())) {
      String page = "/" + request.getRequestURI().replaceFirst("^[/\\\\]+", "");
      String query = request.getQueryString();
      request.getSession().setAttribute(RETURN_TO, page + (query == null ? "" : "?" + query));
    }
  }

  private AuthenticationStatus signInWithForm(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String username = request.getParameter("j_username");
    String password = request.getParameter("j_password");
    if (username == null || password == null) {
      return redirect(response, request.getContextPath() + "/login.xhtml?failed=true");
    }
    CredentialValidationResult result =
        guard.person(
            new UsernamePasswordCredential(username.strip(), password), request.getRemoteAddr());
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return redirect(response, request.getContextPath() + "/login.xhtml?failed=true");
    }
    keepSignedIn(request, result.getCallerPrincipal().getName(), result.getCallerGroups());
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * The OpenID Connect mechanism sends the browser to the provider, and on its way back to {@link
   * OpenIdProvider#CALLBACK} exchanges the code for tokens, validates them and signs the caller in
   * with the claims' name, and the roles {@link RoleMapping} gives the claims' groups.
   */
  private AuthenticationStatus signInAtProvider(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    AuthenticationStatus status = openIdConnect().validateRequest(request, response, context);
    if (context.getCallerPrincipal() != null) {
      String name = context.getCallerPrincipal().getName();
      Set<String> roles = roleMapping.rolesOf(context.getGroups());
      keepSignedIn(request, name, roles);
      forgetProviderTokens();
      // the mechanism signed them in with the provider's groups; the portal knows them by their
      // roles
      return status == AuthenticationStatus.SUCCESS
          ? context.notifyContainerAboutLogin(name, roles)
          : status;
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      rememberPageAskedFor(request);
    }
    return status;
  }

  /**
   * The mechanism Jakarta Security defines from {@link OpenIdProvider}'s annotation. Asked of the
   * bean manager: resolving the type by injection would give this alternative, which hides it.
   */
  private HttpAuthenticationMechanism openIdConnect() {
    Bean<?> mechanism =
        beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
            .filter(bean -> bean.getBeanClass() != PortalSignIn.class)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No OpenID Connect mechanism is defined"));
    return (HttpAuthenticationMechanism)
        beans.getReference(
            mechanism, HttpAuthenticationMechanism.class, beans.createCreationalContext(mechanism));
  }

  /**
   * The mechanism keeps the provider's tokens in the session (OpenIdContext), and its access token
   * does not serialise, so a cluster could no longer store the session. The portal calls nothing
   * with the tokens once the caller is signed in, so they go.
   */
  private void forgetProviderTokens() {
    Bean<?> tokens = beans.resolve(beans.getBeans(OpenIdContext.class));
    if (tokens != null
        && beans.getContext(SessionScoped.class) instanceof AlterableContext session) {
      session.destroy(tokens);
    }
  }

  private static void keepSignedIn(HttpServletRequest request, String name, Set<String> groups) {
    // A new session id at sign-in, so that an id planted before it is worthless afterwards.
    request.getSession();
    request.changeSessionId();
    request.getSession().setAttribute(SIGNED_IN, new SignedIn(name, Set.copyOf(groups)));
  }

  /**
   * 401 with a challenge for the credentials the API takes here (HTTP Basic, or the provider's
   * bearer token), and the reason as problem details like every API error.
   */
  private AuthenticationStatus askProgramToSignIn(
      HttpServletRequest request, HttpServletResponse response) {
    boolean tokens = openIdProvider.isConfigured();
    boolean passwords = !tokens || openIdProvider.keepsLocalAccountsForApi();
    if (tokens) {
      response.addHeader("WWW-Authenticate", "Bearer realm=\"Outsight\"");
    }
    if (passwords) {
      response.addHeader("WWW-Authenticate", "Basic realm=\"Outsight\", charset=\"UTF-8\"");
    }
    try {
      ProgramRefusal.send(
          request,
          response,
          HttpServletResponse.SC_UNAUTHORIZED,
          "unauthorized",
          tokens && !passwords
              ? "problem.unauthorized.token"
              : tokens
                  ? "problem.unauthorized.token-or-password"
                  : "problem.unauthorized.password");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** Tells the page's AJAX script to load the page it is on, or the home page, again. */
  private static AuthenticationStatus reloadPageOfAjax(
      HttpServletRequest request, HttpServletResponse response) {
    String home = request.getContextPath() + "/";
    String application =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + home;
    String referer = request.getHeader("Referer");
    String page = referer != null && referer.startsWith(application) ? referer : home;
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + page.replace("&", "&amp;")
                      .replace("\"", "&quot;")
                      .replace("<", "&lt;")
                      .replace(">", "&gt;")
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
    return "POST".equals(request.getMethod())
        && request.getRequestURI().endsWith("/j_security_check");
  }

  /**
   * The path the container mapped, decoded and normalised, never the raw address: /api/v1/… is the
   * API.
   */
  private static boolean isApi(HttpServletRequest request) {
    String path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
    return path.startsWith("/api/");
  }

  private static boolean isApiDescription(HttpServletRequest request) {
    String path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
    return path.equals("/openapi") || path.startsWith("/openapi/");
  }

  private static Optional<String> bearerToken(HttpServletRequest request) {
    return credentials(request, BEARER).filter(token -> !token.isEmpty());
  }

  private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
    return credentials(request, BASIC)
        .flatMap(
            encoded -> {
              try {
                String decoded =
                    new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0
                    ? Optional.empty()
                    : Optional.of(
                        new UsernamePasswordCredential(
                            decoded.substring(0, colon), decoded.substring(colon + 1)));
              } catch (IllegalArgumentException notBase64) {
                return Optional.empty();
              }
            });
  }

  /** What the Authorization header carries after {@code scheme}, when it names that scheme. */
  private static Optional<String> credentials(HttpServletRequest request, String scheme) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length())
        ? Optional.of(header.substring(scheme.length()).strip())
        : Optional.empty();
  }
}
