package io.outsight.extension.api.report;

/** The ways of getting the selling done that the cost model compares. */
public enum SalesOption {
  /** Our own reps prospect and close. */
  IN_HOUSE,
  /** A vendor's reps prospect and close in our name. */
  OUTSOURCED_SALES,
  /** A vendor prospects and hands its leads to our own closers. */
  OUTSOURCED_LEAD_GENERATION
}
