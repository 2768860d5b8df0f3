package io.outsight.core.ledger;

import java.io.Serializable;
import java.util.List;

/**
 * Something wrong in a results file, where it is: the line (1 is the header) and the column (1 is
 * A; 0 when the whole line or file is meant), what is wrong as a stable code, and the values the
 * message names.
 */
public record ImportProblem(
    int line, int column, String columnName, String code, List<String> arguments)
    implements Serializable {

  public ImportProblem {
    arguments = List.copyOf(arguments);
  }

  /** The column as a spreadsheet names it: A, B, ... Z, AA. */
  public String columnLetter() {
    StringBuilder letters = new StringBuilder();
    for (int n = column; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  @Override
  public String toString() {
    return "line "
        + line
        + (column > 0 ? ", column " + columnLetter() + " (" + columnName + ")" : "")
        + ": "
        + code
        + " "
        + arguments;
  }
}
