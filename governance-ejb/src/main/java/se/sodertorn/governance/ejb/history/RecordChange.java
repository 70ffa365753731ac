package se.sodertorn.governance.ejb.history;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One saved change of a record, from its audit revision: when (Swedish wall-clock time), who (the person's name,
 * the user name of an account without one, or {@code null} for a change the application made by itself, such as
 * loading the demo), whether the record was created, changed or removed, and the fields
 * whose values changed.
 */
public record RecordChange(LocalDateTime at, String who, Kind kind, List<FieldChange> fields) implements Serializable {

    /** What the revision did to the record. */
    public enum Kind { CREATED, CHANGED, REMOVED }

    /**
     * One field's change: its label key (e.g. {@code activity.status}), the key prefix of its values when they are
     * named in the bundle (e.g. {@code activityStatus} for an enum), and the values before and after as text
     * ({@code null} for none).
     */
    public record FieldChange(String labelKey, String valueKeyPrefix, String from, String to) implements Serializable {

        /** The value key prefix of a yes-or-no field: its values are {@code yesNo.true} and {@code yesNo.false}. */
        public static final String YES_NO = "yesNo";
        /** The value key prefix of an amount of money, in kronor: the page formats the number. */
        public static final String AMOUNT = "amount";
    }
}
