package io.outsight.core.ledger;

/** How a value reached the ledger. */
public enum ResultSource {
  MANUAL,
  CSV_IMPORT,
  API
}
