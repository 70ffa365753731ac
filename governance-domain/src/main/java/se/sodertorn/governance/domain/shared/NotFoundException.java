package se.sodertorn.governance.domain.shared;

/** The record asked for does not exist (any more). */
public class NotFoundException extends GovernanceException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, long id) {
        super("error.notFound", what, id);
    }
}
