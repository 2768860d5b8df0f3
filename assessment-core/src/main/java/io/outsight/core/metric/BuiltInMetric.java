package io.outsight.core.metric;

import io.outsight.core.extension.MetricDefinition;

/** What every built-in metric definition has: its id, name and unit, at version 1.0. */
abstract class BuiltInMetric implements MetricDefinition {

  private final String id;
  private final String displayName;
  private final MetricUnit unit;

  BuiltInMetric(String id, String displayName, MetricUnit unit) {
    this.id = id;
    this.displayName = displayName;
    this.unit = unit;
  }

  @Override
  public String id() {
    return id;
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
    return unit;
  }
}
