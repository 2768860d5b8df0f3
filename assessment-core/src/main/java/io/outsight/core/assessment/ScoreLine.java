package io.outsight.core.assessment;

import java.io.Serializable;
import java.math.BigDecimal;

/** How one question contributed: the points it earned of the points it was worth, and why. */
public record ScoreLine(
    String questionKey, LocalizedText question, Status status, BigDecimal earned, int possible)
    implements Serializable {

  public enum Status {
    /** Answered: earned its share of the weight. */
    ANSWERED,
    /** Left unanswered: worth its weight, earned nothing. */
    NOT_ANSWERED,
    /** Does not apply: left out of the score. */
    NOT_APPLICABLE,
    /** Asked for information only. */
    NOT_SCORED
  }
}
