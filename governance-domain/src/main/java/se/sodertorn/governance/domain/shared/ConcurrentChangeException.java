package se.sodertorn.governance.domain.shared;

/** Someone else saved the same record after it was loaded: the user must reload and redo the change. */
public class ConcurrentChangeException extends GovernanceException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }
}
