package io.outsight.core.contract;

/** How a period's value stands against its KPI target; no data is its own status, never green. */
public enum KpiStatus {
  GREEN,
  AMBER,
  RED,
  NO_DATA
}
