package se.sodertorn.governance.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.sodertorn.governance.domain.shared.ConcurrentChangeException;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.web.api.ApiRecords.ErrorJson;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * Turns what the services throw into HTTP answers with a JSON body: refused 403, unknown 404, conflict 409,
 * broken rule 422, invalid 400 (a body that is not JSON of the expected shape too, and a query parameter that is not
 * of its type); anything unexpected is logged with its stack trace and answered 500 without details. An expected
 * refusal is logged in one line.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());
    private static final Pattern PROPERTY = Pattern.compile("property '(\\w{1,60})'");
    /** How RESTEasy names a query parameter it could not convert (the specification makes that a 404). */
    private static final Pattern QUERY_PARAMETER = Pattern.compile("QueryParam\\(\"(\\w{1,60})\"\\)");

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Exception thrown) {
        return respond(request, thrown);
    }

    /** The answer to what the request threw; an expected refusal is logged in one line naming the request. */
    static Response respond(HttpServletRequest request, Exception thrown) {
        Response answer = answerTo(thrown);
        if (answer.getStatus() < 500) {
            LOG.info(() -> request.getMethod() + " " + request.getRequestURI() + " by " + request.getRemoteUser()
                    + " answered " + answer.getStatus()
                    + (answer.getEntity() instanceof ErrorJson error ? " " + error.error() : ""));
        }
        return answer;
    }

    private static Response answerTo(Exception thrown) {
        Throwable cause = meaningful(thrown);
        if (cause instanceof JsonbException || cause instanceof JsonException) {
            return answer(Status.BAD_REQUEST, "bad-json", badJson(cause));
        }
        if (cause instanceof jakarta.ws.rs.NotFoundException unconverted && badQueryParameter(unconverted) != null) {
            return answer(Status.BAD_REQUEST, "bad-parameter", "The query parameter '" + badQueryParameter(unconverted)
                    + "' is not of its type (whole numbers as digits within range, true or false).");
        }
        if (cause instanceof WebApplicationException web) {
            return web.getResponse().hasEntity() ? web.getResponse() : plain(web.getResponse().getStatus());
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
                    .map(ApiExceptionMapper::described).sorted().collect(Collectors.joining(" ")));
        }
        LOG.log(Level.SEVERE, "API request failed", thrown);
        return answer(Status.INTERNAL_SERVER_ERROR, "internal", "The request could not be completed.");
    }

    /**
     * The cause that says what went wrong: the first rule, violation, JSON error or web answer in the chain, past the
     * container's wrappers (EJB, RESTEasy's processing exception, JPA).
     */
    private static Throwable meaningful(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof GovernanceException || cause instanceof ConstraintViolationException
                    || cause instanceof EJBAccessException || cause instanceof JsonbException
                    || cause instanceof JsonException
                    || cause instanceof WebApplicationException && !(cause instanceof InternalServerErrorException)) {
                return cause;
            }
        }
        return thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
    }

    /** The name of the query parameter whose value could not be converted to its type, or null. */
    private static String badQueryParameter(jakarta.ws.rs.NotFoundException unconverted) {
        Matcher parameter = QUERY_PARAMETER.matcher(String.valueOf(unconverted.getMessage()));
        return unconverted.getCause() != null && parameter.find() ? parameter.group(1) : null;
    }

    /** A violation's message, after the name of its field unless the message names it. */
    private static String described(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName();
        }
        String message = violation.getMessage();
        return field == null || message.contains(field) ? message : field + ": " + message;
    }

    /** What is wrong with a body that could not be read, naming the property when the reader said which. */
    private static String badJson(Throwable cause) {
        Matcher property = PROPERTY.matcher(String.valueOf(cause.getMessage()));
        return "The body is not valid JSON of the expected shape (an object; numbers as numbers, dates as YYYY-MM-DD)"
                + (property.find() ? ": check '" + property.group(1) + "'." : ".");
    }

    /** An answer the framework gave without a body (unknown path, wrong method or media type), with one. */
    private static Response plain(int status) {
        return switch (status) {
            case 404 -> answer(404, "not-found", "There is nothing at this address (check ids and years: digits only).");
            case 405 -> answer(405, "method-not-allowed", "This address does not take that method.");
            case 406 -> answer(406, "not-acceptable", "This address answers in another format (see Accept).");
            case 415 -> answer(415, "unsupported-media-type",
                    "Send the body in the type this address takes: application/json (multipart/form-data for a paper).");
            default -> answer(status, "error", "The request could not be completed.");
        };
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
