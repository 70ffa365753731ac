package se.sodertorn.governance.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates in query parameters: ISO 8601 (YYYY-MM-DD) in the years the cooperation can mean, or a 400 that says so. */
final class ApiDates {

    private ApiDates() {
    }

    static LocalDate parse(String parameter, String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiErrors.badRequest("bad-date", parameter + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
        if (day.getYear() < Plausible.FIRST_YEAR || day.getYear() > Plausible.LAST_YEAR) {
            throw ApiErrors.badRequest("bad-date", parameter + " must be a date from " + Plausible.FIRST_YEAR + " to "
                    + Plausible.LAST_YEAR);
        }
        return day;
    }
}
