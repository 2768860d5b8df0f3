package io.outsight.reporting.csv;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * CSV as the reader's spreadsheet opens it by a double click: Excel in English splits columns at
 * commas and reads 1.5, Excel in Finnish splits at semicolons and reads 1,5. Both read the
 * byte-order mark as UTF-8.
 */
public enum CsvDialect {
  ENGLISH(',', '.'),
  FINNISH(';', ',');

  private final char delimiter;
  private final char decimalMark;

  CsvDialect(char delimiter, char decimalMark) {
    this.delimiter = delimiter;
    this.decimalMark = decimalMark;
  }

  /** Finnish for Finnish readers, English for everyone else. */
  public static CsvDialect of(Locale language) {
    return "fi".equals(language.getLanguage()) ? FINNISH : ENGLISH;
  }

  char delimiter() {
    return delimiter;
  }

  /** Plain digits, never 1E+3, with this dialect's decimal mark and no grouping. */
  String number(BigDecimal value) {
    return value.toPlainString().replace('.', decimalMark);
  }
}
