package io.outsight.registry.extension;

import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.InvalidParameter;
import io.outsight.extension.api.Parameter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values given for the parameters an extension declares, or the rule that refuses them: the
 * rule's name is the caller's prefix and the problem ({@code contract.parameter-required}, {@code
 * report.option-above-maximum}), its details the parameter's key and, where it is declared, its
 * bounds.
 */
public final class DeclaredParameters {

  private DeclaredParameters() {}

  public static Map<String, BigDecimal> valuesFor(
      String rules, List<Parameter> declared, Map<String, BigDecimal> given) {
    try {
      return Parameter.valuesFor(declared, given);
    } catch (InvalidParameter invalid) {
      String problem = invalid.problem().name().toLowerCase(Locale.ROOT).replace('_', '-');
      Parameter parameter =
          declared.stream()
              .filter(candidate -> candidate.key().equals(invalid.key()))
              .findFirst()
              .orElse(null);
      throw new RuleViolation(
          rules + "-" + problem,
          invalid.getMessage(),
          parameter == null
              ? List.of(invalid.key())
              : List.of(
                  invalid.key(),
                  String.valueOf(parameter.minimum()),
                  String.valueOf(parameter.maximum())));
    }
  }
}
