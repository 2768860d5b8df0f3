package io.outsight.core.notification;

/** How a person wants to hear of one kind of finding by e-mail; the portal always shows it. */
public enum Delivery {
  /** An e-mail for each finding, as soon as it is found. */
  IMMEDIATELY,
  /** One e-mail a day with everything found since the last. */
  DAILY_DIGEST,
  /** No e-mail: the portal's notifications only. */
  NEVER
}
