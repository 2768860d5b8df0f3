package io.outsight.core.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessIdTest {

  @Test
  void acceptsAFinnishBusinessIdWhoseCheckDigitHolds() {
    // 0112038: 0*7 + 1*9 + 1*10 + 2*5 + 0*8 + 3*4 + 8*2 = 57; 57 mod 11 = 2; 11 - 2 = 9
    assertThat(BusinessId.of("FI", "0112038-9").value()).isEqualTo("0112038-9");
  }

  @Test
  void givesAnOldSixDigitFinnishIdItsLeadingZero() {
    assertThat(BusinessId.of("FI", " 112038-9 ").value()).isEqualTo("0112038-9");
  }

  @Test
  void acceptsCheckDigitZeroWhenTheWeightedSumIsDivisibleByEleven() {
    // 1000002: 1*7 + 2*2 = 11; 11 mod 11 = 0, so the check digit is 0
    assertThat(BusinessId.problemWith("FI", "1000002-0")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    // 57 mod 11 = 2 requires 9
    "0112038-8, FINNISH_CHECK_DIGIT",
    // 0000030: 3*4 = 12; 12 mod 11 = 1 would need check digit 10: never issued
    "0000030-1, FINNISH_CHECK_DIGIT",
    "0112038, FINNISH_FORMAT",
    "FI01120389, FINNISH_FORMAT",
    "abc, FINNISH_FORMAT"
  })
  void refusesMalformedFinnishIds(String raw, BusinessIdProblem expected) {
    assertThat(BusinessId.problemWith("FI", raw)).contains(expected);
    assertThatThrownBy(() -> BusinessId.of("FI", raw))
        .isInstanceOfSatisfying(
            InvalidBusinessIdException.class, e -> assertThat(e.problem()).isEqualTo(expected));
  }

  @Test
  void expectsAnEuVatNumberWithTheMemberStatePrefixOutsideFinland() {
    assertThat(BusinessId.of("SE", "se 5566 7788 9901").value()).isEqualTo("SE556677889901");
    assertThat(BusinessId.of("GR", "EL123456789").value()).isEqualTo("EL123456789");
    assertThat(BusinessId.problemWith("SE", "556677-8899")).contains(BusinessIdProblem.VAT_FORMAT);
    assertThat(BusinessId.problemWith("DE", "FR123456789")).contains(BusinessIdProblem.VAT_FORMAT);
  }

  @Test
  void acceptsANationalRegistrationNumberOutsideTheEu() {
    assertThat(BusinessId.of("US", "12-3456789").value()).isEqualTo("12-3456789");
    assertThat(BusinessId.problemWith("US", "#1"))
        .contains(BusinessIdProblem.REGISTRATION_NUMBER_FORMAT);
  }

  @Test
  void refusesMissingIdsAndUnknownCountries() {
    assertThat(BusinessId.problemWith("FI", "  ")).contains(BusinessIdProblem.MISSING);
    assertThat(BusinessId.problemWith("XX", "12345")).contains(BusinessIdProblem.UNKNOWN_COUNTRY);
    assertThat(BusinessId.problemWith(null, "12345")).contains(BusinessIdProblem.UNKNOWN_COUNTRY);
  }

  @Test
  void equalIdsAreOneCompany() {
    assertThat(BusinessId.of("FI", "112038-9")).isEqualTo(BusinessId.of("FI", "0112038-9"));
  }
}
