package se.sodertorn.governance.ejb.history;

import java.time.LocalDate;
import java.util.List;

/** What was changed in a record, when and by whom, read from the audit trail (Hibernate Envers). */
public interface HistoryService {

    /** Longest history returned, in changes: the newest ones. */
    int MAX_CHANGES = 200;

    /** The record's changes, newest first, at most {@value #MAX_CHANGES}; none for a record never saved. */
    List<RecordChange> of(RecordKind kind, long id);

    /**
     * The changes of every kind of record made on a day (Swedish time), by a person, or both, newest first, at
     * most {@value #MAX_CHANGES}. Administrators only.
     *
     * @param day      the day, or {@code null} for any day
     * @param username the account that made them, or {@code null} for anyone
     * @throws se.sodertorn.governance.domain.shared.GovernanceException {@code history.dayOrPersonRequired} when
     *         both are {@code null}
     */
    List<RecordedChange> changes(LocalDate day, String username);
}
