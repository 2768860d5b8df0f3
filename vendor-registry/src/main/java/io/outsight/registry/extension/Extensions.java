package io.outsight.registry.extension;

import io.outsight.core.access.Roles;
import io.outsight.extension.api.Extension;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.questionnaire.QuestionnaireProvider;
import io.outsight.extension.api.report.ReportExporter;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** Lists every installed contribution to the suite's extension points, however it was installed. */
@Stateless
@DeclareRoles({Roles.PROCUREMENT, Roles.AUDITOR, Roles.ADMIN})
public class Extensions {

  private static final List<Class<? extends Extension>> POINTS =
      List.of(
          QuestionnaireProvider.class,
          CompensationModel.class,
          MetricDefinition.class,
          ReportExporter.class);

  private static final String APPLICATION_CLASSES = "WEB-INF/classes";

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
   * The extension point the contribution plugs into. Asked of the contribution itself, not of its
   * class: the container hands out proxies whose class implements only the bean's type.
   */
  private static String pointOf(Extension extension) {
    return POINTS.stream()
        .filter(point -> point.isInstance(extension))
        .map(Class::getSimpleName)
        .findFirst()
        .orElse(Extension.class.getSimpleName());
  }

  /**
   * The jar the contribution's class was loaded from, or the application's own classes when it came
   * in none (the server names each such class's file).
   */
  private static String moduleOf(Extension extension) {
    var source = extension.implementation().getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return "";
    }
    String location = source.getLocation().getPath();
    int jar = location.lastIndexOf(".jar");
    if (jar < 0) {
      return APPLICATION_CLASSES;
    }
    return Path.of(location.substring(0, jar + ".jar".length())).getFileName().toString();
  }
}
