package io.outsight.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.rules.RuleViolation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  @Test
  void anAccountAnAdministratorOpensMustChooseItsOwnPasswordAndThenNeedNot() {
    UserAccount paula =
        UserAccount.opened("paula", "Paula P", "temporary-hash", Set.of(Roles.PROCUREMENT));
    assertThat(paula.mustChangePassword()).isTrue();
    paula.choosePassword("own-hash");
    assertThat(paula.mustChangePassword()).isFalse();
    assertThat(paula.passwordHash()).isEqualTo("own-hash");
    paula.resetPassword("reset-hash");
    assertThat(paula.mustChangePassword()).isTrue();
    assertThat(paula.passwordHash()).isEqualTo("reset-hash");
  }

  @Test
  void rolesAreOnlyTheThreeKnownOnesAndAtLeastOne() {
    UserAccount aaro = new UserAccount("aaro", "Aaro", "hash", Set.of(Roles.AUDITOR));
    assertThatThrownBy(() -> aaro.assignRoles(Set.of()))
        .hasFieldOrPropertyWithValue("rule", "account.roles");
    assertThatThrownBy(() -> aaro.assignRoles(Set.of("ROOT")))
        .hasFieldOrPropertyWithValue("rule", "account.roles");
    aaro.assignRoles(Set.of(Roles.AUDITOR, Roles.ADMIN));
    assertThat(aaro.roles()).containsExactlyInAnyOrder(Roles.AUDITOR, Roles.ADMIN);
  }

  @Test
  void aUsernameIsLowerCaseLettersDigitsAndAFewSigns() {
    assertThatThrownBy(
            () -> new UserAccount("Paula Procurement", "Paula", "hash", Set.of(Roles.PROCUREMENT)))
        .isInstanceOf(RuleViolation.class)
        .hasFieldOrPropertyWithValue("rule", "account.username");
  }

  @Test
  void theLastEnabledAdministratorCanNeitherBeDisabledNorLoseTheRole() {
    UserAccount alma = new UserAccount("alma", "Alma", "hash", Set.of(Roles.ADMIN));
    alma.disable();
    assertThatThrownBy(() -> alma.requireAnAdministratorRemains(0))
        .hasFieldOrPropertyWithValue("rule", "account.last-administrator");
    assertThatCode(() -> alma.requireAnAdministratorRemains(1)).doesNotThrowAnyException();
    alma.enable();
    alma.assignRoles(Set.of(Roles.AUDITOR));
    assertThatThrownBy(() -> alma.requireAnAdministratorRemains(0))
        .hasFieldOrPropertyWithValue("rule", "account.last-administrator");
    alma.assignRoles(Set.of(Roles.AUDITOR, Roles.ADMIN));
    assertThatCode(() -> alma.requireAnAdministratorRemains(0)).doesNotThrowAnyException();
  }
}
