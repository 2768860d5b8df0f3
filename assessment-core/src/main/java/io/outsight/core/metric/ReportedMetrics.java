package io.outsight.core.metric;

import io.outsight.extension.api.metric.ReportedMetric;

/**
 * The built-in reported metrics, each a contribution to the {@code MetricDefinition} extension
 * point.
 */
public final class ReportedMetrics {

  private ReportedMetrics() {}

  public static class LeadsCreated extends Reported {
    public LeadsCreated() {
      super(ReportedMetric.LEADS_CREATED, "Leads created", "liidit", "uudet liidit", "leads");
    }
  }

  public static class QualifiedLeads extends Reported {
    public QualifiedLeads() {
      super(
          ReportedMetric.QUALIFIED_LEADS,
          "Qualified leads",
          "kvalifioidut liidit",
          // the heading of results files written before the glossary named them (docs/glossary.md)
          "laadukkaat liidit");
    }
  }

  public static class MeetingsBooked extends Reported {
    public MeetingsBooked() {
      super(
          ReportedMetric.MEETINGS_BOOKED,
          "Meetings booked",
          "tapaamiset",
          "sovitut tapaamiset",
          "meetings");
    }
  }

  public static class DealsClosed extends Reported {
    public DealsClosed() {
      super(ReportedMetric.DEALS_CLOSED, "Deals closed", "kaupat", "suljetut kaupat", "deals");
    }
  }

  public static class Revenue extends Reported {
    public Revenue() {
      super(ReportedMetric.REVENUE, "Revenue generated", "liikevaihto", "myynti");
    }
  }

  public static class LeadsReturned extends Reported {
    public LeadsReturned() {
      super(ReportedMetric.LEADS_RETURNED, "Leads returned", "palautetut liidit", "hylätyt liidit");
    }
  }
}
