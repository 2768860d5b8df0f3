package io.outsight.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company's OpenID Connect identity provider, when one is configured: people then sign in to
 * the portal there instead of with the portal's own form. Configured with MicroProfile Config
 * ({@code outsight.openid.*}, or environment variables such as {@code
 * OUTSIGHT_OPENID_PROVIDER_URI}); without a provider URI the form stays the way in.
 *
 * <p>The definition's attributes are read from this bean by expression, so that the provider is
 * chosen where the portal is installed rather than when it is built. The provider's groups claim
 * names the caller's roles: PROCUREMENT, AUDITOR or ADMIN. People are named by their subject at the
 * provider ({@code sub}), which the provider never gives to anyone else, on the pages and in the
 * access tokens programs send alike ({@link BearerTokens}); the four-eyes rule and the audit trail
 * see one name per person. The portal's own accounts then open nothing, unless {@code
 * outsight.openid.local-accounts-for-api} keeps them for programs that cannot fetch tokens.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${openIdProvider.uri}",
    clientId = "${openIdProvider.clientId}",
    clientSecret = "${openIdProvider.clientSecret}",
    redirectURI = "${baseURL}" + OpenIdProvider.CALLBACK,
    claimsDefinition =
        @ClaimsDefinition(
            callerNameClaim = "${openIdProvider.callerNameClaim}",
            callerGroupsClaim = "${openIdProvider.groupsClaim}"))
@Named
@ApplicationScoped
public class OpenIdProvider {

  /** Where the provider sends people back to; {@link SignInLanding} takes them on. */
  static final String CALLBACK = "/openid-callback";

  @Inject
  @ConfigProperty(name = "outsight.openid.provider-uri")
  Optional<String> uri;

  @Inject
  @ConfigProperty(name = "outsight.openid.client-id", defaultValue = "outsight")
  String clientId;

  @Inject
  @ConfigProperty(name = "outsight.openid.client-secret")
  Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "outsight.openid.caller-name-claim", defaultValue = "sub")
  String callerNameClaim;

  @Inject
  @ConfigProperty(name = "outsight.openid.groups-claim", defaultValue = "groups")
  String groupsClaim;

  @Inject
  @ConfigProperty(name = "outsight.openid.local-accounts-for-api", defaultValue = "false")
  boolean localAccountsForApi;

  /**
   * Whether the portal's own accounts may still call the API with HTTP Basic under the provider.
   */
  public boolean keepsLocalAccountsForApi() {
    return localAccountsForApi;
  }

  /** Whether people sign in at the identity provider rather than with the portal's form. */
  public boolean isConfigured() {
    return uri.filter(address -> !address.isBlank()).isPresent();
  }

  public String getUri() {
    return uri.orElse("");
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret.orElse("");
  }

  public String getCallerNameClaim() {
    return callerNameClaim;
  }

  public String getGroupsClaim() {
    return groupsClaim;
  }
}
