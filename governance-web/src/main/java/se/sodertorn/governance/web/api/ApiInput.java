package se.sodertorn.governance.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;

/**
 * Checks what a request posted against the Bean Validation constraints of its record (a missing body counts as
 * invalid too), so that a resource method works only on complete input; violations answer 400 naming each field.
 */
final class ApiInput {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private ApiInput() {
    }

    /**
     * @return the input, valid
     * @throws jakarta.ws.rs.BadRequestException when the body is missing
     * @throws ConstraintViolationException when a field breaks its constraints
     */
    static <T> T valid(T input) {
        if (input == null) {
            throw ApiErrors.badRequest("missing-body", "The request needs a JSON body.");
        }
        Validator validator = FACTORY.getValidator();
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }

    /** A year asked for in a parameter: required, and in the years the cooperation plans ({@link Plausible}). */
    static int year(Integer year) {
        if (year == null) {
            throw ApiErrors.badRequest("year is required");
        }
        if (year < Plausible.FIRST_YEAR || year > Plausible.LAST_YEAR) {
            throw ApiErrors.badRequest("bad-year", "year must be from " + Plausible.FIRST_YEAR + " to "
                    + Plausible.LAST_YEAR);
        }
        return year;
    }
}
