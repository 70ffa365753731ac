package se.sodertorn.governance.domain.shared;

import java.io.Serializable;

/** Someone else saved the same record after it was loaded: the user must reload and redo the change. */
public class ConcurrentChangeException extends GovernanceException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }

    /** A conflict told in the words of what changed, e.g. which agenda item. */
    public ConcurrentChangeException(String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
    }
}
