package io.outsight.core.vendor;

/** Why a business ID was refused; each has a translated explanation in the UI. */
public enum BusinessIdProblem {
  MISSING,
  UNKNOWN_COUNTRY,
  FINNISH_FORMAT,
  FINNISH_CHECK_DIGIT,
  VAT_FORMAT,
  REGISTRATION_NUMBER_FORMAT
}
