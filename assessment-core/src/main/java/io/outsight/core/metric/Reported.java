package io.outsight.core.metric;

import io.outsight.extension.api.metric.PeriodOutcome;
import io.outsight.extension.api.metric.ReportedMetric;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** A built-in metric that vendors report; its value is what they reported, or no data. */
public abstract class Reported extends BuiltInMetric {

  private final ReportedMetric metric;
  private final Set<String> aliases;

  protected Reported(ReportedMetric metric, String displayName, String... aliases) {
    super(metric.id(), displayName, metric.unit());
    this.metric = metric;
    this.aliases = Set.of(aliases);
  }

  @Override
  public boolean reported() {
    return true;
  }

  @Override
  public Optional<BigDecimal> valueIn(PeriodOutcome outcome) {
    return outcome.results().value(metric);
  }

  @Override
  public Set<String> aliases() {
    return aliases;
  }
}
