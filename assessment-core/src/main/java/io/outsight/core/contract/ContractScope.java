package io.outsight.core.contract;

/** What part of selling the contract outsources; a product line or a segment is named beside it. */
public enum ContractScope {
  FULL_SALES,
  PRODUCT_LINE,
  CUSTOMER_SEGMENT,
  LEAD_GENERATION;

  public boolean needsDetail() {
    return this == PRODUCT_LINE || this == CUSTOMER_SEGMENT;
  }
}
