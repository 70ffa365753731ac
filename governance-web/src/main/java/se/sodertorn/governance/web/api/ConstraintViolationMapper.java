package se.sodertorn.governance.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input answers 400 with the API's JSON error naming each field, like every other error
 * ({@link ApiExceptionMapper}); without this mapper, the one RESTEasy brings for Bean Validation would take the
 * violations and answer 500 in plain text.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return ApiExceptionMapper.respond(request, invalid);
    }
}
