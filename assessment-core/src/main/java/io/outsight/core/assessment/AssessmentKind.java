package io.outsight.core.assessment;

/**
 * What is assessed: a vendor before we contract with it, our own readiness to outsource, or a
 * vendor against a further questionnaire (its own or an extension's, for example data protection),
 * scored with its red flags beside the due diligence, which alone decides on the vendor.
 */
public enum AssessmentKind {
  VENDOR_DUE_DILIGENCE,
  READINESS,
  VENDOR_CHECK
}
