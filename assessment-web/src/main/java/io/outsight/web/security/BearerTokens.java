package io.outsight.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity provider's access tokens, which programs send to the API ("Authorization: Bearer …")
 * where people sign in at the provider. A token is taken when the provider signed it with one of
 * its published keys, issued it for the portal (audience {@code outsight.openid.api-audience}, the
 * portal's client id unless set) and it has not expired. Its caller is named by the same claim as
 * on the pages, so one person is one identity on every path, and the four-eyes rule compares the
 * same names; the groups claim gives the roles ({@link RoleMapping}).
 *
 * <p>The provider's discovery document and keys are fetched when the first token arrives, not at
 * start, so the portal starts while the provider is away; the keys are cached and fetched again
 * when a token names a key not seen before (the provider rotated its keys).
 */
@ApplicationScoped
public class BearerTokens {

  private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

  private static final Set<JWSAlgorithm> SIGNATURES =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512);

  @Inject private OpenIdProvider provider;

  @Inject private RoleMapping roleMapping;

  @Inject
  @ConfigProperty(name = "outsight.openid.api-audience")
  Optional<String> audience;

  private volatile ConfigurableJWTProcessor<SecurityContext> processor;

  /**
   * The token's caller and groups, or invalid: forged, expired, for someone else, or the provider
   * unreachable.
   */
  public CredentialValidationResult validate(String token) {
    try {
      JWTClaimsSet claims = processor().process(token, null);
      String name = claims.getStringClaim(provider.getCallerNameClaim());
      if (name == null || name.isBlank()) {
        return CredentialValidationResult.INVALID_RESULT;
      }
      return new CredentialValidationResult(
          name, roleMapping.rolesOf(groups(claims.getClaim(provider.getGroupsClaim()))));
    } catch (ParseException | BadJOSEException | JOSEException refused) {
      // why, for the operator who sets up a program's access (issuer, audience, expiry); never the
      // token
      LOG.info(() -> "An access token was refused: " + refused.getMessage());
      return CredentialValidationResult.INVALID_RESULT;
    } catch (IOException | IllegalStateException unreachable) {
      LOG.log(
          Level.WARNING,
          "The identity provider's keys could not be read, so no access token is taken",
          unreachable);
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
  }

  private static Set<String> groups(Object claim) {
    Set<String> groups = new HashSet<>();
    if (claim instanceof Collection<?> many) {
      many.forEach(group -> groups.add(String.valueOf(group)));
    } else if (claim instanceof String one) {
      groups.add(one);
    }
    return groups;
  }

  private ConfigurableJWTProcessor<SecurityContext> processor() throws IOException {
    ConfigurableJWTProcessor<SecurityContext> ready = processor;
    if (ready == null) {
      synchronized (this) {
        if (processor == null) {
          processor = fromDiscovery();
        }
        ready = processor;
      }
    }
    return ready;
  }

  private ConfigurableJWTProcessor<SecurityContext> fromDiscovery() throws IOException {
    JsonObject discovery =
        discovery(provider.getUri().replaceAll("/+$", "") + "/.well-known/openid-configuration");
    JWKSource<SecurityContext> keys =
        JWKSourceBuilder.create(URI.create(discovery.getString("jwks_uri")).toURL())
            .retrying(true)
            .build();
    DefaultJWTProcessor<SecurityContext> verifier = new DefaultJWTProcessor<>();
    verifier.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
    verifier.setJWSKeySelector(new JWSVerificationKeySelector<>(SIGNATURES, keys));
    verifier.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience.filter(text -> !text.isBlank()).orElse(provider.getClientId()),
            new JWTClaimsSet.Builder().issuer(discovery.getString("issuer")).build(),
            Set.of("exp", provider.getCallerNameClaim())));
    return verifier;
  }

  private static JsonObject discovery(String address) throws IOException {
    try {
      HttpResponse<String> answer =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(address))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IOException(address + " answered " + answer.statusCode());
      }
      try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
        return reader.readObject();
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading " + address, interrupted);
    }
  }
}
