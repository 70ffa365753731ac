package se.sodertorn.governance.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Iterator;
import java.util.Locale;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * Shows what the user can act on as a message on the same page, and keeps the user's input: a broken
 * business rule, an edit conflict, a refused permission, a validation failure caught by the service.
 */
public class UserMessageExceptionHandler extends ExceptionHandlerWrapper {

    public UserMessageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (showAsMessage(context, thrown)) {
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
        if (rule != null) {
            error(context, Texts.format(locale, rule.getMessageKey(), rule.getArguments()));
            return true;
        }
        ConstraintViolationException invalid = find(thrown, ConstraintViolationException.class);
        if (invalid != null) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                error(context, violation.getMessage());
            }
            return true;
        }
        if (find(thrown, EJBAccessException.class) != null) {
            error(context, Texts.format(locale, "error.notAllowed"));
            return true;
        }
        return false;
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
