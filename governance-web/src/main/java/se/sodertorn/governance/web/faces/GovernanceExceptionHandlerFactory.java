package se.sodertorn.governance.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * Broken rules and conflicts become messages on the page ({@link UserMessageExceptionHandler}); anything else
 * goes to the error page through OmniFaces' {@link FullAjaxExceptionHandler}, Ajax or not, without a stack trace.
 */
public class GovernanceExceptionHandlerFactory extends ExceptionHandlerFactory {

    public GovernanceExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new UserMessageExceptionHandler(new FullAjaxExceptionHandler(getWrapped().getExceptionHandler()));
    }
}
