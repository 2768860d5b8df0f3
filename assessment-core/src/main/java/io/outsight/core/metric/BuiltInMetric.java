package io.outsight.core.metric;

import io.outsight.core.extension.BuiltInExtension;
import io.outsight.extension.api.metric.MetricDefinition;
import io.outsight.extension.api.metric.MetricUnit;

/** A built-in metric definition: an extension with its unit. */
abstract class BuiltInMetric extends BuiltInExtension implements MetricDefinition {

  private final MetricUnit unit;

  BuiltInMetric(String id, String displayName, MetricUnit unit) {
    super(id, displayName);
    this.unit = unit;
  }

  @Override
  public MetricUnit unit() {
    return unit;
  }
}
