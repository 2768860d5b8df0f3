package io.outsight.registry.extension;

import io.outsight.core.access.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/** Lists every installed contribution to the suite's extension points, however it was installed. */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class Extensions {

  @Inject private ExtensionRegistry registry;

  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  public List<InstalledExtension> installed() {
    return registry.contributions().stream()
        .map(
            contribution ->
                new InstalledExtension(
                    contribution.pointName(),
                    contribution.id(),
                    contribution.displayName(),
                    contribution.version(),
                    contribution.module(),
                    contribution.isLoaded()
                        ? InstalledExtension.State.LOADED
                        : InstalledExtension.State.NOT_LOADED,
                    contribution.refusal()))
        .sorted(
            Comparator.comparing(InstalledExtension::extensionPoint)
                .thenComparing(InstalledExtension::id)
                .thenComparing(InstalledExtension::module))
        .toList();
  }
}
