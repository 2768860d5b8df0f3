package io.outsight.registry.extension.dropin;

import io.outsight.extension.api.LocalizedText;
import io.outsight.extension.api.Parameter;
import io.outsight.extension.api.ParameterType;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.compensation.CompensationTerms;
import io.outsight.extension.api.compensation.Payout;
import io.outsight.extension.api.metric.PeriodResults;
import java.math.BigDecimal;
import java.util.List;

/** A contribution as a third party writes it, against the API alone: pays nothing, in any case. */
public class FlatFeeModel implements CompensationModel {

  @Override
  public String id() {
    return "flat-fee";
  }

  @Override
  public String displayName() {
    return "Flat fee";
  }

  @Override
  public String version() {
    return "2.1";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(
        Parameter.required(
            "fee",
            ParameterType.MONEY,
            BigDecimal.ZERO,
            null,
            new LocalizedText("Fee", "Palkkio")));
  }

  @Override
  public Payout payoutFor(CompensationTerms terms, PeriodResults results) {
    return Payout.of(List.of(), terms.currency());
  }
}
