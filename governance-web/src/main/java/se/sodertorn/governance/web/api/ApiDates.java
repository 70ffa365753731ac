package se.sodertorn.governance.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.sodertorn.governance.web.api.ApiRecords.ErrorJson;

/** Dates in query parameters: ISO 8601 (YYYY-MM-DD), or a 400 that says so. */
final class ApiDates {

    private ApiDates() {
    }

    static LocalDate parse(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(new ErrorJson("bad-date", parameter + " must be a date as YYYY-MM-DD, not '" + value + "'"))
                    .build());
        }
    }
}
