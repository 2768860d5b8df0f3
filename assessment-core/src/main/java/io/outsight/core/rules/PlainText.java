package io.outsight.core.rules;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text as people write it: any letter, digit, mark, symbol or space of any script, but no control
 * characters (line breaks and tabs only where {@link #lines()} allows them) and none of the
 * invisible characters that reorder text, with which a name could be shown as another one.
 */
@Constraint(validatedBy = PlainText.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Documented
public @interface PlainText {

  /** Whether line breaks and tabs are allowed: a note, not a name. */
  boolean lines() default false;

  String message() default "{outsight.field.plainText}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check, also for domain code that takes text outside bean validation. */
  final class Check implements ConstraintValidator<PlainText, String> {

    private boolean lines;

    @Override
    public void initialize(PlainText annotation) {
      lines = annotation.lines();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      return allows(text, lines);
    }

    /** Whether the text holds only what people write; null is left to @NotNull. */
    public static boolean allows(String text, boolean lines) {
      return text == null
          || text.codePoints()
              .allMatch(
                  character ->
                      lines && (character == '\n' || character == '\r' || character == '\t')
                          || Character.getType(character) != Character.CONTROL
                              && !reorders(character)
                              && character != 0xFEFF
                              && Character.getType(character) != Character.SURROGATE);
    }

    /** Bidirectional embeddings, overrides and isolates. */
    private static boolean reorders(int character) {
      return character >= 0x202A && character <= 0x202E
          || character >= 0x2066 && character <= 0x2069;
    }
  }
}
