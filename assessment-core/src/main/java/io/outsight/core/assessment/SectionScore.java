package io.outsight.core.assessment;

import io.outsight.extension.api.LocalizedText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A section's score from 0 to 100, or none when nothing in it applied, with each question's part.
 */
public record SectionScore(
    String sectionKey, LocalizedText title, int weight, List<ScoreLine> lines)
    implements Serializable {

  public SectionScore {
    lines = List.copyOf(lines);
  }

  public BigDecimal earned() {
    return lines.stream().map(ScoreLine::earned).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Points the counted questions were worth: not-applicable and information questions are left out.
   */
  public int possible() {
    return lines.stream().mapToInt(ScoreLine::possible).sum();
  }

  public Optional<BigDecimal> score() {
    if (possible() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        earned()
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(possible()), 1, RoundingMode.HALF_UP));
  }
}
