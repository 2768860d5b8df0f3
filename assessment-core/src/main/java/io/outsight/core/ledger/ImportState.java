package io.outsight.core.ledger;

/**
 * Where a results file imported in the background stands. Only RUNNING changes; INTERRUPTED is
 * never stored: it is what a RUNNING import is called once its instance has stopped telling that it
 * is alive (it was stopped or killed), and the ledger's transaction, never committed, stored
 * nothing.
 */
public enum ImportState {
  RUNNING,
  STORED,
  REJECTED,
  FAILED,
  INTERRUPTED;

  public boolean finished() {
    return this != RUNNING;
  }
}
