package io.outsight.core.assessment;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.questionnaire.RedFlagRule;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How one question contributed: the points it earned of the points it was worth, and why; with the
 * answer as given, its evidence, and the red flags it raised, so that a reviewer decides on what
 * the vendor said and not only on the score. An unanswered question has no answer; evidence is
 * optional.
 */
public record ScoreLine(
    String questionKey,
    LocalizedText question,
    Status status,
    BigDecimal earned,
    int possible,
    int weight,
    LocalizedText answer,
    String evidenceNote,
    String documentReference,
    List<RedFlagRule> redFlags)
    implements Serializable {

  public ScoreLine {
    redFlags = List.copyOf(redFlags);
  }

  @Schema(name = "AnswerStatus")
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
