package io.outsight.extension.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A value an extension needs from whoever uses it, such as the share of a no-show meeting's fee a
 * compensation model claws back: the portal's forms ask for it in the extension's words, check it
 * against the bounds declared here and keep it with what it was given for (a contract's terms).
 *
 * @param key how the value is named where it is kept, lower case with hyphens
 * @param minimum the smallest value taken; null for no bound
 * @param maximum the largest value taken; null for no bound
 * @param defaultValue what is taken when nothing is given; null when a value must be given
 * @param help a sentence on what the value does, shown beside the field; may be null
 */
public record Parameter(
    String key,
    ParameterType type,
    BigDecimal minimum,
    BigDecimal maximum,
    BigDecimal defaultValue,
    LocalizedText label,
    LocalizedText help)
    implements Serializable {

  /** Why a value is not taken. */
  public enum Problem {
    /** No value was given, and the parameter has no default. */
    REQUIRED,
    /** The value has more decimals than its type keeps. */
    TOO_PRECISE,
    BELOW_MINIMUM,
    ABOVE_MAXIMUM,
    /** A value was given for a parameter the extension does not declare. */
    UNKNOWN
  }

  /** The largest value the portal keeps, declared bounds or not. */
  public static final BigDecimal LARGEST = new BigDecimal("999999999999999");

  public Parameter {
    if (key == null || !key.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*") || key.length() > 60) {
      throw new IllegalArgumentException(
          "a parameter's key is lower case with hyphens, at most 60 characters: " + key);
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
      throw new IllegalArgumentException(
          "parameter " + key + ": the minimum " + minimum + " is above the maximum " + maximum);
    }
    if (defaultValue != null) {
      problemWith(defaultValue, type, minimum, maximum)
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException(
                    "parameter " + key + ": its default " + defaultValue + " is " + problem);
              });
    }
  }

  /** A parameter a value must be given for. */
  public static Parameter required(
      String key, ParameterType type, BigDecimal minimum, BigDecimal maximum, LocalizedText label) {
    return new Parameter(key, type, minimum, maximum, null, label, null);
  }

  /** The same parameter taking {@code value} when nothing is given. */
  public Parameter withDefault(BigDecimal value) {
    return new Parameter(key, type, minimum, maximum, value, label, help);
  }

  /** The same parameter explained by {@code words}. */
  public Parameter withHelp(LocalizedText words) {
    return new Parameter(key, type, minimum, maximum, defaultValue, label, words);
  }

  /** Why the parameter would not take {@code value}; empty when it would. */
  public Optional<Problem> problemWith(BigDecimal value) {
    if (value == null) {
      return defaultValue == null ? Optional.of(Problem.REQUIRED) : Optional.empty();
    }
    return problemWith(value, type, minimum, maximum);
  }

  // static, as the compact constructor checks the default before the fields are set
  private static Optional<Problem> problemWith(
      BigDecimal value, ParameterType type, BigDecimal minimum, BigDecimal maximum) {
    if (value.stripTrailingZeros().scale() > type.decimals()) {
      return Optional.of(Problem.TOO_PRECISE);
    }
    // what the portal keeps, whatever the declared bounds: 15 digits before the point
    if (value.compareTo(LARGEST.negate()) < 0) {
      return Optional.of(Problem.BELOW_MINIMUM);
    }
    if (value.compareTo(LARGEST) > 0) {
      return Optional.of(Problem.ABOVE_MAXIMUM);
    }
    if (minimum != null && value.compareTo(minimum) < 0) {
      return Optional.of(Problem.BELOW_MINIMUM);
    }
    if (maximum != null && value.compareTo(maximum) > 0) {
      return Optional.of(Problem.ABOVE_MAXIMUM);
    }
    return Optional.empty();
  }

  /**
   * The values of the declared parameters, each as given or else its default, in the order
   * declared.
   *
   * @throws InvalidParameter naming the first parameter, in the order declared, whose value is not
   *     taken, or a value given for no declared parameter
   */
  public static Map<String, BigDecimal> valuesFor(
      List<Parameter> declared, Map<String, BigDecimal> given) {
    for (String key : given.keySet()) {
      if (declared.stream().noneMatch(parameter -> parameter.key().equals(key))) {
        throw new InvalidParameter(key, Problem.UNKNOWN, "no parameter " + key + " is declared");
      }
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (Parameter parameter : declared) {
      BigDecimal value = given.get(parameter.key());
      Optional<Problem> problem = parameter.problemWith(value);
      if (problem.isPresent()) {
        throw new InvalidParameter(
            parameter.key(),
            problem.get(),
            "parameter " + parameter.key() + " does not take " + value + ": " + problem.get());
      }
      values.put(parameter.key(), value == null ? parameter.defaultValue() : value);
    }
    return values;
  }
}
