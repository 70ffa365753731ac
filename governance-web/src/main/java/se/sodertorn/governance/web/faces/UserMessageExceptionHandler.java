package se.sodertorn.governance.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * Shows what the user can act on as a message on the same page, and keeps the user's input: a broken
 * business rule, an edit conflict, a refused permission, a validation failure caught by the service. A page
 * opened with the address of something that does not exist answers 404 instead of rendering half. A form sent with a
 * view state the server does not know (expired with the session, or forged) shows the expired page with 400 and
 * logs one line; in an Ajax request the expired page is shown by the wrapped handler. A form value that a component
 * cannot read at all (sent by no browser, e.g. letters in a number's hidden field) is refused with a message.
 */
public class UserMessageExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(UserMessageExceptionHandler.class.getName());
    private static final String EXPIRED_PAGE = "/expired.xhtml";

    public UserMessageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (find(thrown, ViewExpiredException.class) != null
                    || PhaseId.RESTORE_VIEW.equals(context.getCurrentPhaseId()) && context.isPostback()) {
                LOG.info(() -> "Unknown or expired view state sent to "
                        + context.getExternalContext().getRequestServletPath());
                if (!context.getPartialViewContext().isAjaxRequest()) {
                    events.remove();
                    showExpired(context);
                }
            } else if (showAsMessage(context, thrown)) {
                events.remove();
                context.validationFailed();
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static boolean showAsMessage(FacesContext context, Throwable thrown) {
        Locale locale = context.getViewRoot() == null ? Locale.getDefault() : context.getViewRoot().getLocale();
        GovernanceException rule = find(thrown, GovernanceException.class);
        if (rule != null && !context.isPostback()) {
            notFound(context);
            return true;
        }
        if (rule != null) {
            error(context, Texts.format(locale, rule.getMessageKey(), rule.getArguments()));
            return true;
        }
        ConstraintViolationException invalid = find(thrown, ConstraintViolationException.class);
        if (invalid != null) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                error(context, inLanguage(violation, locale));
            }
            return true;
        }
        if (find(thrown, EJBAccessException.class) != null) {
            error(context, Texts.format(locale, "error.notAllowed"));
            return true;
        }
        if (PhaseId.APPLY_REQUEST_VALUES.equals(context.getCurrentPhaseId())
                && find(thrown, IllegalArgumentException.class) != null) {
            LOG.info(() -> "Unreadable form value sent to " + context.getExternalContext().getRequestServletPath());
            error(context, Texts.format(locale, "error.unreadableInput"));
            return true;
        }
        return false;
    }

    /** The expired page in place of the view that could not be restored, answering 400. */
    private static void showExpired(FacesContext context) {
        context.getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, EXPIRED_PAGE));
        context.renderResponse();
    }

    /** A page opened for something that does not exist (an unknown id or year in its address): 404. */
    private static void notFound(FacesContext context) {
        try {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /**
     * A violation found by the service, worded in the user's language: the service validates in the server's
     * default locale, so a plain "{key}" message is looked up again in the view's locale.
     */
    private static String inLanguage(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template == null || !template.matches("\\{[\\w.]+}")) {
            return violation.getMessage();
        }
        try {
            String text = ResourceBundle.getBundle("ValidationMessages", locale)
                    .getString(template.substring(1, template.length() - 1));
            return text.contains("{") ? violation.getMessage() : text;
        } catch (MissingResourceException unknown) {
            return violation.getMessage();
        }
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static void error(FacesContext context, String text) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
