package io.outsight.registry.extension;

import io.outsight.extension.api.Extension;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.report.ReportExporter;
import java.util.Objects;

/**
 * What a dropped-in contribution says about itself, checked once as it is loaded, so that a
 * contribution that describes itself unfitly is refused then rather than breaking the pages and
 * files that list or use it later.
 */
final class Descriptions {

  /**
   * An id is lower case, at most 36 characters, and never reused: the audit trail names a
   * contribution by its point and id.
   */
  private static final String ID = "[a-z0-9]([a-z0-9.-]{0,34}[a-z0-9])?";

  private Descriptions() {}

  /** What is unfit in the contribution's description, or null when nothing is. */
  static String unfit(Class<? extends Extension> point, Extension extension) {
    String id = extension.id();
    if (id == null || !id.matches(ID)) {
      return "its id \""
          + id
          + "\" is not lower case letters, digits, dots and hyphens, at most 36";
    }
    if (blank(extension.displayName()) || blank(extension.version())) {
      return "it has no display name or no version";
    }
    if (point == MetricDefinition.class) {
      MetricDefinition metric = (MetricDefinition) extension;
      // stream, not contains(null): immutable sets refuse to be asked for null
      if (metric.unit() == null
          || metric.aliases() == null
          || metric.aliases().stream().anyMatch(Objects::isNull)) {
        return "the metric has no unit, or a missing alias";
      }
      metric.reported();
      metric.lowerIsBetter();
    }
    if (point == ReportExporter.class) {
      ReportExporter exporter = (ReportExporter) extension;
      if (blank(exporter.mediaType()) || blank(exporter.fileExtension())) {
        return "the exporter names no media type or no file extension";
      }
    }
    return null;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
