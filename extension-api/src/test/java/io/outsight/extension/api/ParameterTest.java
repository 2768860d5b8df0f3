package io.outsight.extension.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterTest {

  private static final Parameter CLAWBACK =
      Parameter.required(
              "no-show-clawback-percent",
              ParameterType.PERCENT,
              BigDecimal.ZERO,
              new BigDecimal("100"),
              new LocalizedText("No-show clawback", "Peruuntumisen takaisinperintä"))
          .withDefault(new BigDecimal("100"));

  private static final Parameter MEETINGS =
      Parameter.required(
          "minimum-meetings",
          ParameterType.INTEGER,
          BigDecimal.ONE,
          null,
          new LocalizedText("Minimum meetings", "Tapaamisia vähintään"));

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "0,",
    "100,",
    "50.25,",
    "-0.01,BELOW_MINIMUM",
    "100.01,ABOVE_MAXIMUM",
    "33.333,TOO_PRECISE",
    "33.3300,"
  })
  void takesAValueWithinItsBoundsAndItsTypesDecimals(String value, Parameter.Problem problem) {
    assertThat(CLAWBACK.problemWith(new BigDecimal(value)))
        .isEqualTo(java.util.Optional.ofNullable(problem));
  }

  @Test
  void aWholeNumberTakesNoDecimalsAndAValueWithoutDefaultMustBeGiven() {
    assertThat(MEETINGS.problemWith(new BigDecimal("2.5"))).contains(Parameter.Problem.TOO_PRECISE);
    assertThat(MEETINGS.problemWith(new BigDecimal("2.0"))).isEmpty();
    assertThat(MEETINGS.problemWith(new BigDecimal("0"))).contains(Parameter.Problem.BELOW_MINIMUM);
    assertThat(MEETINGS.problemWith(null)).contains(Parameter.Problem.REQUIRED);
    assertThat(CLAWBACK.problemWith(null)).isEmpty();
  }

  @Test
  void resolvesTheValuesGivenAndTheDefaultsInTheOrderDeclared() {
    assertThat(
            Parameter.valuesFor(
                List.of(CLAWBACK, MEETINGS), Map.of("minimum-meetings", new BigDecimal("4"))))
        .containsExactly(
            Map.entry("no-show-clawback-percent", new BigDecimal("100")),
            Map.entry("minimum-meetings", new BigDecimal("4")));
  }

  @Test
  void namesTheParameterAValueIsRefusedFor() {
    assertThatThrownBy(
            () ->
                Parameter.valuesFor(
                    List.of(CLAWBACK, MEETINGS),
                    Map.of(
                        "no-show-clawback-percent",
                        new BigDecimal("120"),
                        "minimum-meetings",
                        new BigDecimal("4"))))
        .isInstanceOfSatisfying(
            InvalidParameter.class,
            invalid -> {
              assertThat(invalid.key()).isEqualTo("no-show-clawback-percent");
              assertThat(invalid.problem()).isEqualTo(Parameter.Problem.ABOVE_MAXIMUM);
            });
    assertThatThrownBy(() -> Parameter.valuesFor(List.of(CLAWBACK, MEETINGS), Map.of()))
        .isInstanceOfSatisfying(
            InvalidParameter.class,
            invalid -> assertThat(invalid.key()).isEqualTo("minimum-meetings"));
    assertThatThrownBy(
            () -> Parameter.valuesFor(List.of(CLAWBACK), Map.of("bonus", BigDecimal.ONE)))
        .isInstanceOfSatisfying(
            InvalidParameter.class,
            invalid -> {
              assertThat(invalid.key()).isEqualTo("bonus");
              assertThat(invalid.problem()).isEqualTo(Parameter.Problem.UNKNOWN);
            });
  }

  @Test
  void refusesADeclarationThatCannotBeMet() {
    LocalizedText label = new LocalizedText("Rate", "Hinta");
    assertThatThrownBy(() -> Parameter.required("Rate", ParameterType.MONEY, null, null, label))
        .hasMessageContaining("lower case");
    assertThatThrownBy(
            () ->
                Parameter.required(
                    "rate", ParameterType.MONEY, BigDecimal.TEN, BigDecimal.ONE, label))
        .hasMessageContaining("minimum 10 is above the maximum 1");
    assertThatThrownBy(
            () ->
                Parameter.required("rate", ParameterType.MONEY, BigDecimal.ONE, null, label)
                    .withDefault(BigDecimal.ZERO))
        .hasMessageContaining("its default 0 is BELOW_MINIMUM");
  }
}
