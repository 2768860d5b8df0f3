package io.outsight.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
  void prefixesWhatASpreadsheetWouldEvaluate(String formula) {
    assertThat(SpreadsheetSafeText.of(formula)).isEqualTo("'" + formula);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kaleva Sales Partners Oy", "0112038-9", "a=b", " =spaced"})
  void leavesOrdinaryTextAlone(String text) {
    assertThat(SpreadsheetSafeText.of(text)).isEqualTo(text);
  }

  @Test
  void leavesEmptyAndMissingCellsAlone() {
    assertThat(SpreadsheetSafeText.of("")).isEmpty();
    assertThat(SpreadsheetSafeText.of(null)).isNull();
  }
}
