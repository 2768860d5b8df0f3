package io.outsight.reporting.csv;

/**
 * Text for a CSV cell that a spreadsheet shows as text and never evaluates. A cell starting with =
 * + - @, a tab or a carriage return would be read as a formula (CSV injection), so it is prefixed
 * with an apostrophe, which spreadsheets take as "this is text" and do not display.
 */
public final class SpreadsheetSafeText {

  private SpreadsheetSafeText() {}

  public static String of(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
      default -> text;
    };
  }
}
