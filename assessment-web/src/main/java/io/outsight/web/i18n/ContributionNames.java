package io.outsight.web.i18n;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.metric.MetricDefinition;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What the pages call a contribution at an extension point, in the reader's language: a built-in
 * compensation model or metric by the portal's own words for it (the bundle's {@code
 * compensation.<id>} and {@code metric.<id>}), any other by the name it gives itself.
 */
public final class ContributionNames {

  private static final Map<String, String> KEYS_BY_POINT =
      Map.of(
          CompensationModel.class.getSimpleName(), "compensation.",
          MetricDefinition.class.getSimpleName(), "metric.");

  private ContributionNames() {}

  public static String compensationModel(String id, LocalizedText name) {
    return of(CompensationModel.class.getSimpleName(), id, name);
  }

  public static String metric(String id, LocalizedText name) {
    return of(MetricDefinition.class.getSimpleName(), id, name);
  }

  /** In the language of the page being rendered. */
  public static String of(String point, String id, LocalizedText name) {
    return of(point, id, name, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /**
   * @param point the extension point's simple name, such as {@code CompensationModel}
   */
  public static String of(String point, String id, LocalizedText name, Locale language) {
    ResourceBundle words = ResourceBundle.getBundle(Messages.BUNDLE, language);
    return Optional.ofNullable(KEYS_BY_POINT.get(point))
        .map(prefix -> prefix + id)
        .filter(words::containsKey)
        .map(words::getString)
        .orElseGet(() -> name.in(language));
  }
}
