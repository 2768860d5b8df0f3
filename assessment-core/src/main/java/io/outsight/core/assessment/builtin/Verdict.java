package io.outsight.core.assessment.builtin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The recommendation for one scope. */
@Schema(name = "ReadinessVerdict")
public enum Verdict {
  OUTSOURCE,
  OUTSOURCE_SHORT_TERM,
  /** Outsourcing would suit, but the staff resist it strongly and no plan says who does what. */
  COMMUNICATE_FIRST,
  KEEP_IN_HOUSE,
  NOT_ADVISABLE;

  /** Whether the advice is to outsource, now or once the staff have been told. */
  public boolean outsources() {
    return this == OUTSOURCE || this == OUTSOURCE_SHORT_TERM || this == COMMUNICATE_FIRST;
  }
}
