package io.outsight.registry.ledger;

import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.ImportState;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A results file imported in the background, as its sender sees it: how far it is, and once it has
 * ended, what the ledger stored ({@code receipt}), why it refused the file ({@code problemCount}
 * and the first {@code problems}) or why it failed ({@code failure}).
 */
public record ImportStatus(
    long id,
    String fileName,
    String contract,
    String submittedBy,
    Instant submittedAt,
    ImportState state,
    int percent,
    long bytesRead,
    long bytesTotal,
    Instant finishedAt,
    SubmissionReceipt receipt,
    Integer problemCount,
    List<ImportProblem> problems,
    String failure)
    implements Serializable {

  /** How an import ended, as kept with it: one of the three parts, the others null. */
  public record Outcome(
      SubmissionReceipt receipt,
      Integer problemCount,
      List<ImportProblem> problems,
      String failure) {

    static Outcome stored(SubmissionReceipt receipt) {
      return new Outcome(receipt, null, null, null);
    }

    static Outcome rejected(ResultsRejected rejected) {
      return new Outcome(null, rejected.problemCount(), rejected.problems(), null);
    }

    static Outcome failed(String why) {
      return new Outcome(null, null, null, why);
    }
  }
}
