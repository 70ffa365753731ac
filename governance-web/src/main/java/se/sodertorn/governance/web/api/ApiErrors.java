package se.sodertorn.governance.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.sodertorn.governance.web.api.ApiRecords.ErrorJson;

/** The API's answer to malformed requests: 400 with a JSON body that says what is missing or wrong. */
final class ApiErrors {

    private ApiErrors() {
    }

    static BadRequestException badRequest(String message) {
        return badRequest("bad-request", message);
    }

    static BadRequestException badRequest(String code, String message) {
        return new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorJson(code, message)).build());
    }
}
