package io.outsight.core.assessment;

/** What is assessed: a vendor before we contract with it, or our own readiness to outsource. */
public enum AssessmentKind {
  VENDOR_DUE_DILIGENCE,
  READINESS
}
