package io.outsight.web.security;

import io.outsight.registry.access.PasswordHashing;
import io.outsight.registry.schema.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The users of the embedded default and their roles, in the database. A stored hash names its own
 * algorithm and iterations, so older hashes keep verifying if the policy changes. A name that is
 * not a user, or whose account is disabled, costs the same hashing as one that is, against a hash
 * of a random password made at start: how long the answer takes tells nobody which names exist.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private Pbkdf2PasswordHash passwordHash;

  private String unknownUsersHash;

  @PostConstruct
  void prepare() {
    passwordHash.initialize(PasswordHashing.parameters());
    unknownUsersHash = passwordHash.generate(UUID.randomUUID().toString().toCharArray());
  }

  /** Called by the default {@code validate(Credential)} for a name and password. */
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = credential.getCaller();
    try (Connection connection = dataSource.getConnection()) {
      Optional<String> stored = storedHash(connection, username);
      boolean matches =
          passwordHash.verify(credential.getPassword().getValue(), stored.orElse(unknownUsersHash));
      return matches && stored.isPresent()
          ? new CredentialValidationResult(username, roles(connection, username))
          : CredentialValidationResult.INVALID_RESULT;
    } catch (SQLException unreachable) {
      throw new IllegalStateException("the users could not be read", unreachable);
    }
  }

  private static Optional<String> storedHash(Connection connection, String username)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select password_hash from user_account where username = ? and enabled = true")) {
      query.setString(1, username);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }

  private static Set<String> roles(Connection connection, String username) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("select role from user_account_role where username = ?")) {
      query.setString(1, username);
      Set<String> roles = new HashSet<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          roles.add(rows.getString(1));
        }
      }
      return roles;
    }
  }
}
