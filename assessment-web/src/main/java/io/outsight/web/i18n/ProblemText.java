package io.outsight.web.i18n;

import io.outsight.core.ledger.ImportProblem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A problem in results in words, for the pages and for the API: where it is (a file's line and
 * column, or an entry's number and field) and what is wrong there.
 */
public final class ProblemText {

  private ProblemText() {}

  /**
   * @param entries whether the problem is in entries given one by one (the API's JSON) rather than
   *     a file's lines
   */
  public static String of(ImportProblem problem, Locale locale, boolean entries) {
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    String what =
        format(bundle, locale, "import.problem." + problem.code(), problem.arguments().toArray());
    if (problem.line() == 0) {
      return what;
    }
    if (entries) {
      return format(bundle, locale, "import.atEntry", problem.line(), problem.columnName(), what);
    }
    return problem.column() == 0
        ? format(bundle, locale, "import.atLine", problem.line(), what)
        : format(
            bundle,
            locale,
            "import.at",
            problem.line(),
            problem.columnLetter(),
            problem.columnName(),
            what);
  }

  private static String format(
      ResourceBundle bundle, Locale locale, String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
