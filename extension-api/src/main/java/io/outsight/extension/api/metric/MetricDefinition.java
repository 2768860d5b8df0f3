package io.outsight.extension.api.metric;

import io.outsight.extension.api.Extension;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * A metric a contract can target: reported by the vendor into the ledger, or derived from what was
 * reported and what it cost.
 */
public interface MetricDefinition extends Extension {

  MetricUnit unit();

  /** Whether vendors report the metric; a derived metric is computed and never recorded. */
  boolean reported();

  /** Whether a lower value is the better one, as for costs. */
  default boolean lowerIsBetter() {
    return false;
  }

  /** The metric's value for a period, or empty when what it needs was not reported: no data. */
  Optional<BigDecimal> valueIn(PeriodOutcome outcome);

  /** Other names a spreadsheet column may give the metric, e.g. in Finnish. */
  default Set<String> aliases() {
    return Set.of();
  }
}
