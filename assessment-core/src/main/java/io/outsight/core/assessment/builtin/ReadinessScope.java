package io.outsight.core.assessment.builtin;

/** What part of selling might be outsourced. */
public enum ReadinessScope {
  FULL_SALES("full-sales"),
  PRODUCT_LINE_OR_SEGMENT("segment-sales"),
  LEAD_GENERATION("lead-generation");

  private final String choiceKey;

  ReadinessScope(String choiceKey) {
    this.choiceKey = choiceKey;
  }

  /** The choice of the readiness question "scope.considered" that stands for this scope. */
  public String choiceKey() {
    return choiceKey;
  }
}
