package io.outsight.core.assessment;

/**
 * Draft (being answered), submitted for review, returned to the assessor with a comment, or decided
 * by a reviewer. Readiness assessments are not reviewed: they are drafts until revised.
 */
public enum AssessmentStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  APPROVED,
  CONDITIONALLY_APPROVED,
  REJECTED;

  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }

  public boolean decided() {
    return this == APPROVED || this == CONDITIONALLY_APPROVED || this == REJECTED;
  }
}
