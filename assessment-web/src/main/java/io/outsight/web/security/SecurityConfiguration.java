package io.outsight.web.security;

import io.outsight.core.access.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the portal. The users and their roles are in the database ({@link
 * PortalIdentityStore}); {@link PortalSignIn} is how they sign in, through {@link SignInGuard}.
 */
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {}
