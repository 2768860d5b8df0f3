package io.outsight.core.rules;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An amount, rate or target as the portal keeps it (a column of 19 digits, four of them decimals):
 * not negative, at most 15 digits before the decimal point and four after. Checked where it is
 * entered, so that a number beyond it is refused with its field instead of failing in the database.
 */
@PositiveOrZero(message = "{outsight.field.notNegative}")
@Digits(integer = 15, fraction = 4, message = "{outsight.field.digits}")
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Documented
public @interface Amount {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
