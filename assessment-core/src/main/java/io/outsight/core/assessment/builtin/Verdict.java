package io.outsight.core.assessment.builtin;

/** The recommendation for one scope. */
public enum Verdict {
  OUTSOURCE,
  OUTSOURCE_SHORT_TERM,
  KEEP_IN_HOUSE,
  NOT_ADVISABLE
}
