package se.sodertorn.governance.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;

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
     * @throws jakarta.ws.rs.BadRequestException when the body is missing ({@code missing-body}) or a field breaks
     *                                            its constraints ({@code invalid}, each field's message)
     */
    static <T> T valid(T input) {
        if (input == null) {
            throw ApiErrors.badRequest("missing-body", "The request needs a JSON body.");
        }
        Set<ConstraintViolation<T>> violations = FACTORY.getValidator().validate(input);
        if (!violations.isEmpty()) {
            throw ApiErrors.badRequest("invalid", violations.stream().map(ApiInput::named).sorted()
                    .collect(Collectors.joining(" ")));
        }
        return input;
    }

    /** The violation's message, beginning with the field's name (e.g. "dueDate must be a date between …"). */
    private static String named(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        String message = violation.getMessage();
        return message.startsWith(field) ? message : field + " " + message;
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
