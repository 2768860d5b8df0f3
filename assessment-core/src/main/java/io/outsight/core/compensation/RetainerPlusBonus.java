package io.outsight.core.compensation;

import io.outsight.core.extension.BuiltInExtension;
import io.outsight.core.metric.PeriodResults;
import io.outsight.core.money.Money;
import java.util.ArrayList;
import java.util.List;

/** A fixed monthly retainer, plus a bonus in a period whose results reach the target. */
public class RetainerPlusBonus extends BuiltInExtension implements CompensationModel {

  public static final String ID = "retainer-plus-bonus";

  public RetainerPlusBonus() {
    super(ID, "Retainer plus bonus on target");
  }

  @Override
  public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
    List<String> explanation = new ArrayList<>();
    Money earned = terms.retainer() == null ? Money.zero(terms.currency()) : terms.retainer();
    explanation.add("retainer " + earned);
    boolean onTarget =
        Graduated.reported(results, terms.paidMetric(), explanation)
            .map(value -> terms.bonusTarget() != null && value.compareTo(terms.bonusTarget()) >= 0)
            .orElse(false);
    if (onTarget && terms.bonus() != null) {
      explanation.add(
          "target "
              + terms.bonusTarget().stripTrailingZeros().toPlainString()
              + " reached: bonus "
              + terms.bonus());
      earned = earned.plus(terms.bonus());
    }
    return Graduated.bounded(terms, earned, explanation);
  }
}
