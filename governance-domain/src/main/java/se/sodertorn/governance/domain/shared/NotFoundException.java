package se.sodertorn.governance.domain.shared;

/**
 * The record asked for does not exist (any more). Its message key is {@code error.notFound.} followed by the kind
 * of record, e.g. {@code error.notFound.agendaItem}, worded in the UI's texts for each kind.
 */
public class NotFoundException extends GovernanceException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what the kind of record, as its message key ends (e.g. {@code meeting}, {@code agendaItem})
     * @param id   the id asked for
     */
    public NotFoundException(String what, long id) {
        super("error.notFound." + what, id);
    }
}
