package io.outsight.core.costmodel;

import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.report.SalesOption;
import java.io.Serializable;

/**
 * How far one factor, moved down and up, swings an outsourced option's advantage over the in-house
 * team (its net less in-house's; negative where in-house nets more).
 */
public record TornadoBar(
    SensitivityFactor factor, SalesOption outsourced, Money whenLower, Money whenHigher)
    implements Serializable {

  /** The width of the swing, which orders the bars. */
  public Money swing() {
    Money difference = whenHigher.minus(whenLower);
    return difference.isNegative() ? difference.times(-1) : difference;
  }
}
