package io.outsight.core.notification;

/**
 * What the scheduled checks look for, and what people hear of as it happens. Something that is
 * already late, or waits for them, reaches people at once by default; something coming due, in the
 * day's digest.
 */
public enum NotificationKind {
  /** The last day to give notice on a running contract is near. */
  NOTICE_DEADLINE(Delivery.IMMEDIATELY),
  /** A running contract's current term ends soon. */
  TERM_ENDING(Delivery.DAILY_DIGEST),
  /** A vendor's re-assessment falls due soon. */
  REASSESSMENT_DUE(Delivery.DAILY_DIGEST),
  /** A vendor's re-assessment was due and has not been decided. */
  REASSESSMENT_OVERDUE(Delivery.IMMEDIATELY),
  /** A vendor has not reported a period whose report was due. */
  REPORT_LATE(Delivery.IMMEDIATELY),
  /** A condition of a vendor's approval is still open after its due date. */
  CONDITION_OVERDUE(Delivery.IMMEDIATELY),
  /** A vendor's invoice differs from what was settled beyond the contract's tolerance. */
  INVOICE_VARIANCE(Delivery.IMMEDIATELY),
  /** A vendor submitted its answers to an assessment through its link: they await review. */
  VENDOR_ANSWERED(Delivery.IMMEDIATELY);

  private final Delivery byDefault;

  NotificationKind(Delivery byDefault) {
    this.byDefault = byDefault;
  }

  /** The delivery of a person who has not chosen one for this kind. */
  public Delivery byDefault() {
    return byDefault;
  }
}
