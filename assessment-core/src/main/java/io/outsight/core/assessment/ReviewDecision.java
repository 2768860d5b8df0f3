package io.outsight.core.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a reviewer decides on a submitted due diligence: the outcome, a comment, the justification
 * for accepting a risky vendor, and the conditions a conditional approval sets.
 */
public record ReviewDecision(
    AssessmentStatus outcome, String comment, String justification, List<Condition> conditions)
    implements Serializable {

  public ReviewDecision {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
  }

  public static ReviewDecision of(AssessmentStatus outcome, String comment) {
    return new ReviewDecision(outcome, comment, null, List.of());
  }

  /** A condition as the reviewer sets it: what is to be done, by whom, by when. */
  public record Condition(String description, String owner, LocalDate dueOn)
      implements Serializable {}
}
