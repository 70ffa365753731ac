package se.sodertorn.governance.ejb.history;

import java.io.Serializable;

/**
 * A change of some record, in a list of changes across records (an administrator's view of a day or a person).
 *
 * @param kind   what the record is
 * @param id     the record's id among its kind
 * @param name   the record as people know it (its name, title or the start of its text), or "#id"
 * @param change what was changed, when and by whom
 */
public record RecordedChange(RecordKind kind, long id, String name, RecordChange change) implements Serializable {
}
