package io.outsight.core.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.rules.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VendorLinkTest {

  private static final Instant ISSUED = Instant.parse("2026-12-01T09:00:00Z");

  private static final VendorLink.Contact AINO =
      new VendorLink.Contact("Aino", "aino@vendor.example", "fi");

  private static VendorLink.Issued issued() {
    return VendorLink.forResults(7L, 42L, AINO, "paula", ISSUED, Duration.ofDays(14));
  }

  @Test
  void aTokenIsLongRandomAndKeptOnlyAsItsHash() {
    Set<String> tokens = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      VendorLink.Issued link = issued();
      assertThat(link.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
      assertThat(VendorLink.hashOf(link.token()))
          .get()
          .asString()
          .hasSize(64)
          .doesNotContain(link.token());
      tokens.add(link.token());
    }
    assertThat(tokens).hasSize(1000);
  }

  @Test
  void textNotShapedAsAPortalTokenNeedsNoLookup() {
    assertThat(VendorLink.hashOf(null)).isEmpty();
    assertThat(VendorLink.hashOf("guess")).isEmpty();
    assertThat(VendorLink.hashOf("' or 1=1 --                                 ")).isEmpty();
    assertThat(VendorLink.hashOf("a".repeat(44))).isEmpty();
    assertThat(VendorLink.hashOf("a".repeat(43))).isPresent();
  }

  @Test
  void aLinkOpensUntilTheMomentItExpires() {
    VendorLink link = issued().link();
    Instant expiry = ISSUED.plus(Duration.ofDays(14));
    assertThat(link.expiresAt()).isEqualTo(expiry);
    assertThat(link.opensAt(expiry.minusMillis(1))).isTrue();
    assertThat(link.opensAt(expiry)).isFalse();
  }

  @Test
  void aRevokedLinkOpensNoMoreAndIsRevokedOnce() {
    VendorLink link = issued().link();
    link.revoke("paula", ISSUED.plusSeconds(60));
    assertThat(link.opensAt(ISSUED.plusSeconds(61))).isFalse();
    assertThat(link.revokedBy()).contains("paula");
    assertThatThrownBy(() -> link.revoke("pekka", ISSUED.plusSeconds(120)))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("paula");
  }

  @Test
  void aLinkDoesTheOneThingItWasIssuedFor() {
    VendorLink results = issued().link();
    assertThat(results.purpose()).isEqualTo(VendorLink.Purpose.RESULTS);
    assertThat(results.contractId()).contains(42L);
    assertThat(results.assessmentId()).isEmpty();
    VendorLink questionnaire =
        VendorLink.forQuestionnaire(7L, 99L, AINO, "paula", ISSUED, Duration.ofDays(14)).link();
    assertThat(questionnaire.purpose()).isEqualTo(VendorLink.Purpose.QUESTIONNAIRE);
    assertThat(questionnaire.assessmentId()).contains(99L);
    assertThat(questionnaire.contractId()).isEmpty();
    assertThatThrownBy(() -> results.submittedAt(ISSUED)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aQuestionnaireLinkOpensNoMoreOnceItsAnswersAreSubmitted() {
    VendorLink link =
        VendorLink.forQuestionnaire(7L, 99L, AINO, "paula", ISSUED, Duration.ofDays(14)).link();
    assertThat(link.opensAt(ISSUED.plusSeconds(60))).isTrue();
    link.submittedAt(ISSUED.plusSeconds(60));
    assertThat(link.opensAt(ISSUED.plusSeconds(61))).isFalse();
    assertThat(link.lastUsedAt()).contains(ISSUED.plusSeconds(60));
  }

  @Test
  void aLinkIsValidForSomeTime() {
    assertThatThrownBy(() -> VendorLink.forResults(7L, 42L, AINO, "paula", ISSUED, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
