package se.sodertorn.governance.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates in query parameters: ISO 8601 (YYYY-MM-DD), or a 400 that says so. */
final class ApiDates {

    private ApiDates() {
    }

    static LocalDate parse(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiErrors.badRequest("bad-date", parameter + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }
}
