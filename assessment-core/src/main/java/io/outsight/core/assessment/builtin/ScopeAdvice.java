package io.outsight.core.assessment.builtin;

import io.outsight.extension.api.LocalizedText;
import java.io.Serializable;
import java.util.List;

/**
 * The recommendation for one scope, the reasons that produced it, the warnings that stand whatever
 * is decided (the hot-dog story's continuity risk), and the article's pros and cons that apply.
 */
public record ScopeAdvice(
    ReadinessScope scope,
    Verdict verdict,
    List<LocalizedText> reasons,
    List<LocalizedText> warnings,
    List<ProCon> prosAndCons)
    implements Serializable {

  public ScopeAdvice {
    reasons = List.copyOf(reasons);
    warnings = List.copyOf(warnings);
    prosAndCons = List.copyOf(prosAndCons);
  }
}
