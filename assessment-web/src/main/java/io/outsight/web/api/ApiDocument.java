package io.outsight.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * The API's description as this portal serves it at {@code /openapi}: the one the build wrote
 * ({@link ApiDescription}), with the address people reach this portal at as its server and the
 * OpenID Connect scheme where a provider is configured (docs/api.md).
 */
public class ApiDocument implements OASFilter {

  static final String BASIC = "basic";
  static final String OPEN_ID = "openIdConnect";

  @Override
  public void filterOpenAPI(OpenAPI document) {
    Config config = ConfigProvider.getConfig();
    document.setServers(servers(config.getOptionalValue("outsight.url", String.class)));
    // configured as OpenIdProvider reads it: a blank address is none
    config
        .getOptionalValue("outsight.openid.provider-uri", String.class)
        .filter(provider -> !provider.isBlank())
        .ifPresent(provider -> offerOpenIdConnect(document, provider, config));
    forgetEndpoints(document);
  }

  /** The configured public address; none configured, the address the document was read from. */
  private static List<Server> servers(Optional<String> publicAddress) {
    return publicAddress
        .map(
            address -> address.endsWith("/") ? address.substring(0, address.length() - 1) : address)
        .map(address -> List.of(OASFactory.createServer().url(address).description("This portal")))
        .orElse(List.of());
  }

  /**
   * With a provider, programs send its access tokens; the portal's own accounts keep HTTP Basic
   * only where configured so (README: OpenID Connect).
   */
  private static void offerOpenIdConnect(OpenAPI document, String provider, Config config) {
    String issuer = provider.endsWith("/") ? provider : provider + "/";
    document
        .getComponents()
        .addSecurityScheme(
            OPEN_ID,
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(issuer + ".well-known/openid-configuration")
                .description("Access tokens of the company's identity provider, as Bearer tokens"));
    List<SecurityRequirement> either = new ArrayList<>();
    either.add(OASFactory.createSecurityRequirement().addScheme(OPEN_ID));
    if (config
        .getOptionalValue("outsight.openid.local-accounts-for-api", Boolean.class)
        .orElse(false)) {
      either.add(OASFactory.createSecurityRequirement().addScheme(BASIC));
    } else {
      document.getComponents().removeSecurityScheme(BASIC);
    }
    document.setSecurity(either);
  }

  /**
   * Payara 6 writes the paths of every application into a top-level {@code endpoints} member that
   * OpenAPI 3.0 does not allow (Payara's FISH-12303, {@code x-endpoints} from Payara 7). Its writer
   * leaves out empty members, so emptying it removes it.
   */
  private static void forgetEndpoints(OpenAPI document) {
    try {
      document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new TreeMap<>());
    } catch (ReflectiveOperationException notPayaras) {
      // Another implementation writes no such member.
    }
  }
}
