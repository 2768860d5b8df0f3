package io.outsight.core.compensation;

import io.outsight.core.extension.BuiltInExtension;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.compensation.PayoutLine;
import io.outsight.extension.api.metric.PeriodResults;
import io.outsight.extension.api.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A fixed monthly retainer, plus a bonus in a period whose results reach the target. */
public class RetainerPlusBonus extends BuiltInExtension implements CompensationModel {

  public static final String ID = "retainer-plus-bonus";

  public RetainerPlusBonus() {
    super(ID, "Retainer plus bonus on target");
  }

  @Override
  public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
    List<PayoutLine> lines = new ArrayList<>();
    Money zero = Money.zero(terms.currency());
    lines.add(
        new PayoutLine(
            PayoutLine.Kind.RETAINER,
            null,
            null,
            null,
            terms.retainer() == null ? zero : terms.retainer()));
    Optional<BigDecimal> reached = Graduated.reported(terms, results, terms.paidMetric(), lines);
    if (terms.bonus() != null && terms.bonusTarget() != null && reached.isPresent()) {
      boolean onTarget = reached.get().compareTo(terms.bonusTarget()) >= 0;
      lines.add(
          new PayoutLine(
              onTarget ? PayoutLine.Kind.BONUS : PayoutLine.Kind.BONUS_MISSED,
              terms.paidMetric(),
              reached.get(),
              terms.bonusTarget(),
              onTarget ? terms.bonus() : zero));
    }
    return Graduated.bounded(terms, lines);
  }
}
