package io.outsight.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.assessment.Answer;
import io.outsight.extension.api.questionnaire.AnswerValue;
import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void textOfEveryScriptIsPlainButControlsAndDirectionOverridesAreNot() {
    assertThat(PlainText.Check.allows("Pohjolan Myyntitiimi Oy · 中文 😀 é ‐ \"<b>&amp;\"", false))
        .isTrue();
    assertThat(PlainText.Check.allows(null, false)).isTrue();
    for (String hidden :
        new String[] {
          "a\u0000b",
          "bell\u0007",
          "\u202eevil",
          "iso\u2066late",
          "bom\ufeff",
          "lone \ud800 half",
          "tab\t"
        }) {
      assertThat(PlainText.Check.allows(hidden, false)).as(hidden).isFalse();
    }
    assertThat(PlainText.Check.allows("a note\nover\r\ntwo lines\tindented", true)).isTrue();
    assertThat(PlainText.Check.allows("a note\u0007", true)).isFalse();
  }

  @Test
  void enteredTextIsRefusedByItsFieldWhenTooLongOrNotPlain() {
    assertThatThrownBy(() -> EnteredText.checked("comment", "x".repeat(2001), 2000, true))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            refused -> {
              assertThat(refused.rule()).isEqualTo("text.too-long");
              assertThat(refused.details()).containsExactly("comment", "2000");
            });
    assertThat(EnteredText.checked("comment", "x".repeat(2000), 2000, true)).hasSize(2000);
    assertThatThrownBy(
            () ->
                new Answer("track.references", new AnswerValue.NotApplicable(), "seen\u202e", null))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            refused -> assertThat(refused.details()).containsExactly("evidenceNote"));
    assertThatThrownBy(
            () ->
                new Answer(
                    "track.references", new AnswerValue.NotApplicable(), null, "r".repeat(501)))
        .isInstanceOfSatisfying(
            RuleViolation.class, refused -> assertThat(refused.rule()).isEqualTo("text.too-long"));
  }
}
