package io.outsight.web.security;

import io.outsight.core.access.Roles;
import io.outsight.registry.access.PasswordHashing;
import io.outsight.registry.schema.SchemaMigrations;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The users of the embedded default and their roles, in the database; {@link PortalSignIn} is how
 * they sign in. A stored hash names its own algorithm and iterations, so older hashes keep
 * verifying if the policy changes.
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = SchemaMigrations.DATA_SOURCE,
    callerQuery = "select password_hash from user_account where username = ?",
    groupsQuery = "select role from user_account_role where username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      PasswordHashing.ALGORITHM,
      PasswordHashing.ITERATIONS,
      PasswordHashing.SALT_SIZE,
      PasswordHashing.KEY_SIZE
    })
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {}
