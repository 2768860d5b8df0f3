package io.outsight.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query parameters the API reads as one of a set of constants, as true or false, or as an Integer
 * or Long. JAX-RS answers a value it cannot convert with 404, as if the address named nothing; the
 * caller's mistake is the value, so the answer is a 400 naming the parameter, the value and what it
 * takes ({@link ProblemMappers.QueryValueRefused}).
 */
@Provider
public class QueryValues implements ParamConverterProvider {

  @Override
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    Optional<String> parameter =
        Arrays.stream(annotations)
            .filter(QueryParam.class::isInstance)
            .map(annotation -> ((QueryParam) annotation).value())
            .findFirst();
    if (parameter.isEmpty()) {
      return null;
    }
    if (rawType.isEnum()) {
      return converter(parameter.get(), text -> constant(rawType, text), constants(rawType));
    }
    // Jersey reads a primitive itself without asking: the resources declare Integer and Boolean
    if (rawType == Boolean.class) {
      return converter(parameter.get(), QueryValues::truth, "true, false");
    }
    if (rawType == Integer.class) {
      return converter(parameter.get(), Integer::valueOf, null);
    }
    if (rawType == Long.class) {
      return converter(parameter.get(), Long::valueOf, null);
    }
    return null;
  }

  /**
   * How many entries a list answers with: {@code max} up to 1,000.
   *
   * @throws IllegalArgumentException naming max when it asks for none or fewer
   */
  static int pageSize(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max: 1 to 1000, not " + max);
    }
    return Math.min(max, 1000);
  }

  /**
   * A converter that refuses what {@code read} cannot read: one of {@code constants}, or a whole
   * number where there are none.
   */
  private static <T> ParamConverter<T> converter(
      String parameter, Function<String, ?> read, String constants) {
    return new ParamConverter<>() {
      @Override
      @SuppressWarnings("unchecked")
      public T fromString(String value) {
        if (value == null) {
          return null;
        }
        try {
          return (T) read.apply(value.strip());
        } catch (IllegalArgumentException unreadable) {
          throw new Refused(parameter, value, constants);
        }
      }

      @Override
      public String toString(T value) {
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
      }
    };
  }

  private static Boolean truth(String text) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.valueOf(text);
    }
    throw new IllegalArgumentException(text);
  }

  private static Object constant(Class<?> type, String name) {
    return Arrays.stream(type.getEnumConstants())
        .map(Enum.class::cast)
        .filter(constant -> constant.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name));
  }

  private static String constants(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(constant -> ((Enum<?>) constant).name())
        .collect(Collectors.joining(", "));
  }

  /**
   * A query parameter's value the API cannot read.
   *
   * @param constants what the parameter takes; null for a whole number
   */
  static final class Refused extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String value;
    private final String constants;

    Refused(String parameter, String value, String constants) {
      super(parameter + ": " + value);
      this.parameter = parameter;
      this.value = value;
      this.constants = constants;
    }

    String parameter() {
      return parameter;
    }

    String value() {
      return value;
    }

    String constants() {
      return constants;
    }
  }
}
