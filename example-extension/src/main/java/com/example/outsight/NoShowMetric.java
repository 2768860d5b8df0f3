package com.example.outsight;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.MetricUnit;
import io.outsight.extension.api.metric.PeriodOutcome;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Booked meetings the prospect did not turn up to, as the vendor reports them each period: what the
 * per-meeting model claws back, and a metric a contract can target (fewer is better).
 */
public class NoShowMetric implements MetricDefinition {

  private static final LocalizedText NAME =
      new LocalizedText("Meetings not held (no-shows)", "Pitämättä jääneet tapaamiset");

  public static final String ID = "meetings-no-show";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return NAME.en();
  }

  @Override
  public LocalizedText localizedName() {
    return NAME;
  }

  @Override
  public String version() {
    return ExampleExtension.VERSION;
  }

  @Override
  public MetricUnit unit() {
    return MetricUnit.COUNT;
  }

  @Override
  public boolean reported() {
    return true;
  }

  @Override
  public boolean lowerIsBetter() {
    return true;
  }

  @Override
  public Optional<BigDecimal> valueIn(PeriodOutcome outcome) {
    return outcome.results().value(ID);
  }

  /** The headings a vendor's spreadsheet may give the column, in English and Finnish. */
  @Override
  public Set<String> aliases() {
    return Set.of("no-shows", "peruuntuneet tapaamiset");
  }
}
