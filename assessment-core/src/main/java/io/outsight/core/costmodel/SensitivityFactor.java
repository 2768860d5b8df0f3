package io.outsight.core.costmodel;

/**
 * What the sensitivity moves, each on the side it belongs to: the volume of leads (every option),
 * the vendors' fees and their conversion (the outsourced options only), and the in-house team's
 * attrition (the options with our own sellers only).
 */
public enum SensitivityFactor {
  VOLUME,
  VENDOR_FEES,
  VENDOR_CONVERSION,
  ATTRITION
}
