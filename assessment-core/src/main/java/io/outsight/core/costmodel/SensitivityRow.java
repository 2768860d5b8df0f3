package io.outsight.core.costmodel;

import io.outsight.extension.api.money.Money;
import io.outsight.extension.api.money.Percentage;
import io.outsight.extension.api.report.SalesOption;
import java.io.Serializable;
import java.util.Map;

/** Each option's net over the horizon with one factor moved by a share, and which option leads. */
public record SensitivityRow(
    SensitivityFactor factor, Percentage change, Map<SalesOption, Money> nets, SalesOption leader)
    implements Serializable {

  public SensitivityRow {
    nets = Map.copyOf(nets);
  }
}
