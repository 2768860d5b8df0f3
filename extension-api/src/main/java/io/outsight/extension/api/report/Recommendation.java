package io.outsight.extension.api.report;

import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to do with the contract, and every reason that led there, each a stable code with the values
 * it names.
 */
public record Recommendation(Verdict verdict, List<Reason> reasons) implements Serializable {

  /** The verdicts from the mildest; of several reasons, the strongest decides. */
  @Schema(name = "ContractVerdict")
  public enum Verdict {
    CONTINUE,
    /** Without targets, or with results for too few periods, the contract cannot be judged. */
    INSUFFICIENT_DATA,
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
