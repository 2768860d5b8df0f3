package io.outsight.core.metric;

/** What a vendor reports each period; revenue is money, the others are counts. */
public enum ReportedMetric {
  LEADS_CREATED,
  QUALIFIED_LEADS,
  MEETINGS_BOOKED,
  DEALS_CLOSED,
  REVENUE,
  /** Leads we returned or disqualified within the dispute window: not paid. */
  LEADS_RETURNED
}
