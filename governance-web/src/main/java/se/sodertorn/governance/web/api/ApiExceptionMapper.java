package se.sodertorn.governance.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import se.sodertorn.governance.domain.shared.ConcurrentChangeException;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.web.api.ApiRecords.ErrorJson;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * Turns what the services throw into HTTP answers with a JSON body: refused 403, unknown 404, conflict 409,
 * broken rule 422, invalid 400; anything unexpected is logged and answered 500 without details.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception thrown) {
        Throwable cause = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (cause instanceof WebApplicationException web) {
            return web.getResponse();
        }
        if (cause instanceof EJBAccessException) {
            return answer(Status.FORBIDDEN, "forbidden", "Your role does not allow this.");
        }
        if (cause instanceof NotFoundException notFound) {
            return answer(Status.NOT_FOUND, "not-found", text(notFound));
        }
        if (cause instanceof ConcurrentChangeException conflict) {
            return answer(Status.CONFLICT, "conflict", text(conflict));
        }
        if (cause instanceof GovernanceException rule) {
            return answer(422, rule.getMessageKey(), text(rule));
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return answer(Status.BAD_REQUEST, "invalid", invalid.getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining(" ")));
        }
        LOG.log(Level.SEVERE, "API request failed", thrown);
        return answer(Status.INTERNAL_SERVER_ERROR, "internal", "The request could not be completed.");
    }

    private static String text(GovernanceException e) {
        return Texts.format(Locale.ENGLISH, e.getMessageKey(), e.getArguments());
    }

    private static Response answer(Status status, String code, String message) {
        return answer(status.getStatusCode(), code, message);
    }

    private static Response answer(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorJson(code, message)).build();
    }
}
