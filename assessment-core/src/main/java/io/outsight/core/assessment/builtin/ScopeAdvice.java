package io.outsight.core.assessment.builtin;

import io.outsight.core.assessment.LocalizedText;
import java.io.Serializable;
import java.util.List;

/**
 * The recommendation for one scope, the reasons that produced it, and the pros and cons that apply.
 */
public record ScopeAdvice(
    ReadinessScope scope, Verdict verdict, List<LocalizedText> reasons, List<ProCon> prosAndCons)
    implements Serializable {

  public ScopeAdvice {
    reasons = List.copyOf(reasons);
    prosAndCons = List.copyOf(prosAndCons);
  }
}
