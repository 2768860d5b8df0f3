package io.outsight.core.report;

import java.io.Serializable;
import java.util.List;

/**
 * What to do with the contract, and every reason that led there, each a stable code with the values
 * it names.
 */
public record Recommendation(Verdict verdict, List<Reason> reasons) implements Serializable {

  public enum Verdict {
    CONTINUE,
    RENEGOTIATE,
    EXIT_OR_INSOURCE
  }

  /** A reason as a code the report's languages word, with its values. */
  public record Reason(Verdict pointsTo, String code, List<String> arguments)
      implements Serializable {

    public Reason {
      arguments = List.copyOf(arguments);
    }
  }

  public Recommendation {
    reasons = List.copyOf(reasons);
  }
}
