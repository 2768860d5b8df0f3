package io.outsight.web.api;

import static io.outsight.core.json.JsonProcessing.JSON;

import io.outsight.core.ledger.ImportProblem;
import io.outsight.web.i18n.ProblemText;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;

/**
 * A refused file's (or batch's) problems as the API gives them, in a refusal (the schema
 * LineProblem) and in a background import's status (ImportProblem): where each is, its stable code
 * and values for programs, and its detail in words for people.
 */
final class LineProblems {

  private LineProblems() {}

  /**
   * @param entries whether the problems are in entries given one by one rather than a file's lines
   */
  static JsonArray of(List<ImportProblem> problems, Locale language, boolean entries) {
    JsonArrayBuilder found = JSON.createArrayBuilder();
    for (ImportProblem each : problems) {
      found.add(
          JSON.createObjectBuilder()
              .add("line", each.line())
              .add("column", each.column())
              .add("columnName", each.columnName())
              .add("code", each.code())
              .add("arguments", JSON.createArrayBuilder(each.arguments()))
              .add("detail", ProblemText.of(each, language, entries)));
    }
    return found.build();
  }
}
