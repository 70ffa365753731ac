package se.sodertorn.governance.ejb.history;

import java.util.List;

/** What was changed in a record, when and by whom, read from the audit trail (Hibernate Envers). */
public interface HistoryService {

    /** Longest history returned, in changes: the newest ones. */
    int MAX_CHANGES = 200;

    /** The record's changes, newest first, at most {@value #MAX_CHANGES}; none for a record never saved. */
    List<RecordChange> of(RecordKind kind, long id);
}
