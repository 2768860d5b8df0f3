package io.outsight.extension.api.metric;

import java.util.Arrays;
import java.util.Optional;

/**
 * The metrics the built-in compensation models pay by: what vendors report each period. Revenue is
 * money, the others are counts. The id is how the ledger, files and the API name the metric.
 */
public enum ReportedMetric {
  LEADS_CREATED("leads-created", MetricUnit.COUNT),
  QUALIFIED_LEADS("qualified-leads", MetricUnit.COUNT),
  MEETINGS_BOOKED("meetings-booked", MetricUnit.COUNT),
  DEALS_CLOSED("deals-closed", MetricUnit.COUNT),
  REVENUE("revenue", MetricUnit.MONEY),
  /** Leads we returned or disqualified within the dispute window: not paid. */
  LEADS_RETURNED("leads-returned", MetricUnit.COUNT);

  private final String id;
  private final MetricUnit unit;

  ReportedMetric(String id, MetricUnit unit) {
    this.id = id;
    this.unit = unit;
  }

  public String id() {
    return id;
  }

  public MetricUnit unit() {
    return unit;
  }

  /** The metric the ledger, files and the API name so. */
  public static Optional<ReportedMetric> byId(String id) {
    return Arrays.stream(values()).filter(metric -> metric.id.equals(id)).findFirst();
  }
}
