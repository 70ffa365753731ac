package se.sodertorn.governance.web.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/**
 * A date or date-time the cooperation can mean: in the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}, so that
 * year 0, 10000 or 20223 is refused as a typing error instead of being stored. {@code null} is left to {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Plausible.Check.class)
public @interface Plausible {

    int FIRST_YEAR = 1900;
    int LAST_YEAR = 2999;

    String message() default "must be a date between 1900 and 2999";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link LocalDate} or {@link LocalDateTime}. */
    class Check implements ConstraintValidator<Plausible, Temporal> {
        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int year = value.get(ChronoField.YEAR);
            return year >= FIRST_YEAR && year <= LAST_YEAR;
        }
    }
}
