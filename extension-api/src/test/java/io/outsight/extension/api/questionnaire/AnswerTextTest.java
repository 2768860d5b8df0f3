package io.outsight.extension.api.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.extension.api.money.Money;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerTextTest {

  @Test
  void readsWhatItWrites() {
    assertThat(new AnswerText("AMOUNT", " 1500.5 EUR ").value())
        .isEqualTo(new AnswerValue.Amount(Money.of("1500.50", "EUR")));
    assertThat(new AnswerText("CHOSEN", "phone, email").value())
        .isEqualTo(new AnswerValue.Chosen(Set.of("phone", "email")));
    assertThat(AnswerText.of(new AnswerValue.NotApplicable()).value())
        .isEqualTo(new AnswerValue.NotApplicable());
  }

  @Test
  void saysWhatDoesNotFit() {
    assertThatThrownBy(() -> new AnswerText("YES_NO", "maybe").value())
        .hasMessage("'maybe' is not a YES_NO answer");
    assertThatThrownBy(() -> new AnswerText("SCALE", "7").value())
        .hasMessage("'7' is not a SCALE answer");
    assertThatThrownBy(() -> new AnswerText("COLOUR", "red").value())
        .hasMessageStartingWith("unknown answer kind COLOUR");
  }
}
