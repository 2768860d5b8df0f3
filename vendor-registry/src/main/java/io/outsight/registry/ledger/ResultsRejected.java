package io.outsight.registry.ledger;

import io.outsight.core.ledger.ImportProblem;
import io.outsight.core.ledger.ResultSubmission;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Results refused whole: the problems found, at most a few hundred listed, and how many in all;
 * nothing was stored.
 */
@ApplicationException(rollback = true)
public class ResultsRejected extends RuntimeException {

  private final List<ImportProblem> problems;
  private final int problemCount;
  private final boolean entries;

  /**
   * @param entries whether the problems are in entries given one by one, numbered from 1, rather
   *     than in a file's lines
   */
  public ResultsRejected(List<ImportProblem> problems, int problemCount, boolean entries) {
    super(problemCount + " problems, the first " + (problems.isEmpty() ? "" : problems.get(0)));
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
    this.entries = entries;
  }

  /** Refuses a file whose name is longer than a submission keeps, before it is read. */
  public static void refuseLongName(String fileName) {
    if (fileName != null && fileName.length() > ResultSubmission.FILE_NAME_LENGTH) {
      throw new ResultsRejected(
          List.of(
              new ImportProblem(
                  0,
                  0,
                  "file",
                  "file-name-too-long",
                  List.of(String.valueOf(ResultSubmission.FILE_NAME_LENGTH)))),
          1,
          false);
    }
  }

  public boolean entries() {
    return entries;
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  public int problemCount() {
    return problemCount;
  }
}
