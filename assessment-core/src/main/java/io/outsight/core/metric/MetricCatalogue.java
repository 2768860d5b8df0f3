package io.outsight.core.metric;

import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.ReportedMetric;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The installed metric definitions, found by id, by display name or by an alias, however a
 * spreadsheet spells it: case, spaces, dashes and underscores do not matter.
 */
public final class MetricCatalogue {

  /** Reported before derived, the built-in reported ones in the order of the sales funnel. */
  private static final Comparator<MetricDefinition> FUNNEL_ORDER =
      Comparator.comparing((MetricDefinition definition) -> !definition.reported())
          .thenComparing(
              definition ->
                  Arrays.stream(ReportedMetric.values())
                      .filter(metric -> metric.id().equals(definition.id()))
                      .findFirst()
                      .map(Enum::ordinal)
                      .orElse(Integer.MAX_VALUE))
          .thenComparing(MetricDefinition::id);

  private final List<MetricDefinition> definitions;
  private final Map<String, MetricDefinition> byName = new HashMap<>();

  public MetricCatalogue(Collection<? extends MetricDefinition> installed) {
    this.definitions =
        installed.stream().sorted(FUNNEL_ORDER).map(MetricDefinition.class::cast).toList();
    for (MetricDefinition definition : definitions) {
      Stream.concat(
              Stream.of(definition.id(), definition.displayName()), definition.aliases().stream())
          .forEach(name -> byName.putIfAbsent(normalisedName(name), definition));
    }
  }

  public Optional<MetricDefinition> find(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(byName.get(normalisedName(name)));
  }

  public List<MetricDefinition> all() {
    return definitions;
  }

  public List<MetricDefinition> reported() {
    return definitions.stream().filter(MetricDefinition::reported).toList();
  }

  /** Spaces, underscores and hyphens, which a name may have or not. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

  /**
   * A name as it is matched: composed (an "ä" typed as "a" and its two dots is the same letter), in
   * lower case, without spaces, underscores and hyphens. A results file's headings name metrics, so
   * they are matched the same way.
   */
  public static String normalisedName(String name) {
    return SEPARATORS
        .matcher(Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT))
        .replaceAll("");
  }
}
