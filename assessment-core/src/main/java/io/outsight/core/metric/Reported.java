package io.outsight.core.metric;

import io.outsight.core.extension.MetricDefinition;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** A built-in metric that vendors report; its value is what they reported, or no data. */
public abstract class Reported implements MetricDefinition {

  private final ReportedMetric metric;
  private final String displayName;
  private final Set<String> aliases;

  protected Reported(ReportedMetric metric, String displayName, String... aliases) {
    this.metric = metric;
    this.displayName = displayName;
    this.aliases = Set.of(aliases);
  }

  @Override
  public String id() {
    return metric.id();
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public String version() {
    return "1.0";
  }

  @Override
  public MetricUnit unit() {
    return metric.unit();
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
