package io.outsight.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.rules.RuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void twelveCharactersAreEnoughAndElevenAreNot() {
    assertThatCode(() -> PasswordPolicy.require("paula", "kesä tulee jo"))
        .doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.require("paula", "mustikkasoop"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PasswordPolicy.require("paula", "mustikkasoo"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            refused -> {
              assertThat(refused.rule()).isEqualTo("password.too-short");
              assertThat(refused.details()).containsExactly("12");
            });
  }

  @Test
  void charactersAreCountedAsPeopleSeeThemNotAsJavaStoresThem() {
    // six emoji are twelve UTF-16 units but six characters
    assertThatThrownBy(() -> PasswordPolicy.require("paula", "🔑🔑🔑🔑🔑🔑"))
        .hasFieldOrPropertyWithValue("rule", "password.too-short");
  }

  @Test
  void aPasswordLongerThan128CharactersIsRefusedBeforeItIsHashed() {
    assertThatCode(() -> PasswordPolicy.require("paula", "x1y2".repeat(32)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PasswordPolicy.require("paula", "x1y2".repeat(32) + "z"))
        .hasFieldOrPropertyWithValue("rule", "password.too-long");
  }

  @Test
  void aPasswordFromTheLeakedListIsRefusedWhateverItsCase() {
    assertThatThrownBy(() -> PasswordPolicy.require("paula", "qwertyqwerty"))
        .hasFieldOrPropertyWithValue("rule", "password.common");
    assertThatThrownBy(() -> PasswordPolicy.require("paula", "QwErTy123456"))
        .hasFieldOrPropertyWithValue("rule", "password.common");
  }

  @Test
  void aPasswordContainingTheUsernameIsRefused() {
    assertThatThrownBy(() -> PasswordPolicy.require("paula", "Paula-tilaa-2026"))
        .hasFieldOrPropertyWithValue("rule", "password.contains-username");
  }
}
