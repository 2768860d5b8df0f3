package io.outsight.registry.extension;

import io.outsight.extension.api.Extension;
import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.questionnaire.QuestionnaireProvider;
import io.outsight.extension.api.report.ReportExporter;
import java.util.List;
import java.util.Objects;

/**
 * A contribution to an extension point as found at start: loaded, or refused with the reason (then
 * without the contribution itself, and with what could be learnt of it).
 *
 * @param point the extension point; null when the jar was refused before its contributions were
 *     looked at
 * @param name its name in English and Finnish, as it gives it when loaded (read once, so that the
 *     list of installed extensions never calls an extension's code), else its display name in both
 * @param module the jar it came in, or {@code WEB-INF/classes} for the application's own classes
 */
record Contribution(
    Class<? extends Extension> point,
    Extension extension,
    String id,
    String displayName,
    LocalizedText name,
    String version,
    String module,
    Refusal refusal) {

  /** The extension points, in the order the list of installed extensions shows them. */
  static final List<Class<? extends Extension>> POINTS =
      List.of(
          QuestionnaireProvider.class,
          CompensationModel.class,
          MetricDefinition.class,
          ReportExporter.class);

  static Contribution loaded(Class<? extends Extension> point, Extension extension, String module) {
    String displayName = extension.displayName();
    return new Contribution(
        point,
        extension,
        extension.id(),
        displayName,
        Objects.requireNonNullElseGet(
            extension.localizedName(), () -> new LocalizedText(displayName, displayName)),
        extension.version(),
        module,
        null);
  }

  static Contribution refused(
      Class<? extends Extension> point,
      String id,
      String displayName,
      String module,
      Refusal reason) {
    return new Contribution(
        point,
        null,
        id,
        displayName,
        new LocalizedText(displayName, displayName),
        "",
        module,
        reason);
  }

  boolean isLoaded() {
    return refusal == null;
  }

  Contribution refusedBecause(Refusal reason) {
    return new Contribution(point, null, id, displayName, name, version, module, reason);
  }

  /** The point's name as the list shows it, such as {@code CompensationModel}. */
  String pointName() {
    return point == null ? "" : point.getSimpleName();
  }

  /** The point the contribution plugs into, asked of it: the container's proxies hide its class. */
  static Class<? extends Extension> pointOf(Extension extension) {
    return POINTS.stream().filter(point -> point.isInstance(extension)).findFirst().orElseThrow();
  }
}
