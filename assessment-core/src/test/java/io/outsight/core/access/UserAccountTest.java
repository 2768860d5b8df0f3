package io.outsight.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.notification.Delivery;
import io.outsight.core.notification.NotificationKind;
import io.outsight.core.rules.RuleViolation;
import java.util.List;
import java.util.Map;
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

  @Test
  void anAddressIsOneAMailServerTakesAndTheLanguageEnglishOrFinnish() {
    UserAccount paula = new UserAccount("paula", "Paula", "hash", Set.of(Roles.PROCUREMENT));
    Map<NotificationKind, Delivery> never = Map.of(NotificationKind.TERM_ENDING, Delivery.NEVER);
    for (String refused :
        List.of(
            "paula",
            "paula@localhost",
            "a,b@customer.example",
            "paula@customer.example>",
            "pa ula@customer.example",
            "paula@-customer.example")) {
      assertThatThrownBy(() -> paula.reachAt(refused, "fi", never))
          .as(refused)
          .isInstanceOf(RuleViolation.class)
          .extracting(violation -> ((RuleViolation) violation).rule())
          .isEqualTo("account.email");
    }
    assertThatThrownBy(() -> paula.reachAt("paula@customer.example", "sv", never))
        .isInstanceOf(RuleViolation.class);
    assertThat(paula.email()).isEmpty();

    paula.reachAt(" paula.p+outsight@mail.customer.example ", "fi", never);
    assertThat(paula.email()).contains("paula.p+outsight@mail.customer.example");
    assertThat(paula.language()).isEqualTo("fi");
    assertThat(paula.deliveries())
        .containsEntry(NotificationKind.TERM_ENDING, Delivery.NEVER)
        .containsEntry(NotificationKind.NOTICE_DEADLINE, Delivery.IMMEDIATELY)
        .containsEntry(NotificationKind.REASSESSMENT_DUE, Delivery.DAILY_DIGEST);

    paula.reachAt("", "en", Map.of());
    assertThat(paula.email()).isEmpty();
  }
}
