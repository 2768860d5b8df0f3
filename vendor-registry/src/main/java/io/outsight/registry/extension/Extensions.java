package io.outsight.registry.extension;

import io.outsight.core.access.Roles;
import io.outsight.core.extension.Extension;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Lists every installed contribution to the suite's extension points, however it was installed. */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class Extensions {

  @Inject @Any private Instance<Extension> installed;

  @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
  public List<InstalledExtension> installed() {
    return installed.stream()
        .map(
            extension ->
                new InstalledExtension(
                    pointOf(extension),
                    extension.id(),
                    extension.displayName(),
                    extension.version(),
                    moduleOf(extension)))
        .sorted(
            Comparator.comparing(InstalledExtension::extensionPoint)
                .thenComparing(InstalledExtension::id))
        .toList();
  }

  /**
   * The extension point: the interface, below Extension itself, that the contribution implements.
   */
  private static String pointOf(Extension extension) {
    Class<?> type = contributed(extension);
    while (type != null) {
      var point =
          Arrays.stream(type.getInterfaces())
              .filter(Extension.class::isAssignableFrom)
              .filter(candidate -> candidate != Extension.class)
              .findFirst();
      if (point.isPresent()) {
        return point.get().getSimpleName();
      }
      type = type.getSuperclass();
    }
    return Extension.class.getSimpleName();
  }

  /** The contribution's own class, beneath the container's proxy of it. */
  private static Class<?> contributed(Extension extension) {
    Class<?> type = extension.getClass();
    while (type.getName().contains("$Proxy$") && type.getSuperclass() != null) {
      type = type.getSuperclass();
    }
    return type;
  }

  /** The jar the contribution's class was loaded from. */
  private static String moduleOf(Extension extension) {
    var source = contributed(extension).getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "";
    }
    return Path.of(source.getLocation().getPath()).getFileName().toString();
  }
}
