package io.outsight.core.concentration;

import io.outsight.extension.api.metric.ReportedMetric;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Leads, meetings, deals and revenue brought in a channel over a range; none is zero, not null. */
public record ChannelOutcome(
    BigDecimal leads, BigDecimal meetings, BigDecimal deals, BigDecimal revenue)
    implements Serializable {

  public static final ChannelOutcome NONE =
      new ChannelOutcome(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  /** The metrics an outcome counts, by their ids in the ledger. */
  public static final List<String> METRICS =
      List.of(
          ReportedMetric.LEADS_CREATED.id(),
          ReportedMetric.MEETINGS_BOOKED.id(),
          ReportedMetric.DEALS_CLOSED.id(),
          ReportedMetric.REVENUE.id());

  /** The outcome of values by metric id; metrics not given count as none. */
  public static ChannelOutcome of(Map<String, BigDecimal> values) {
    return new ChannelOutcome(
        values.getOrDefault(ReportedMetric.LEADS_CREATED.id(), BigDecimal.ZERO),
        values.getOrDefault(ReportedMetric.MEETINGS_BOOKED.id(), BigDecimal.ZERO),
        values.getOrDefault(ReportedMetric.DEALS_CLOSED.id(), BigDecimal.ZERO),
        values.getOrDefault(ReportedMetric.REVENUE.id(), BigDecimal.ZERO));
  }

  public ChannelOutcome plus(ChannelOutcome other) {
    return new ChannelOutcome(
        leads.add(other.leads),
        meetings.add(other.meetings),
        deals.add(other.deals),
        revenue.add(other.revenue));
  }

  /** Whether nothing at all was brought. */
  public boolean isEmpty() {
    return leads.signum() == 0
        && meetings.signum() == 0
        && deals.signum() == 0
        && revenue.signum() == 0;
  }
}
