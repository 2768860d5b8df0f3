package io.outsight.extension.api.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a period's value stands against its KPI target; no data is its own status, never green. */
@Schema(name = "KpiStatus")
public enum KpiStatus {
  GREEN,
  AMBER,
  RED,
  NO_DATA
}
