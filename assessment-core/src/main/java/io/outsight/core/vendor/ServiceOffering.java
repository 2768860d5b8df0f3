package io.outsight.core.vendor;

/**
 * What a vendor can take over from the in-house sales organisation: the whole sales force
 * ("rent-a-rep"), the sales of one product line or customer segment, or parts of lead generation.
 */
public enum ServiceOffering {
  FULL_SALES,
  PRODUCT_LINE_OR_SEGMENT_SALES,
  LEAD_GENERATION,
  PROSPECTING,
  COLD_CALLING,
  MARKETING,
  ADVERTISING
}
