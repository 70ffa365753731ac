package se.sodertorn.governance.ejb.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.PaperText;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.plan.Activity;

/**
 * The kinds of record search finds, each in an index of its own. Every role reads every one of them on its own pages,
 * so every role searches them all; user accounts and e-mail notifications, which not every role may read, are not
 * searched.
 */
public enum SearchKind {

    MEETING(Meeting.class, SearchEntries::meeting, List.of("place", "note", "startsAt"), List.of("body")),
    AGENDA_ITEM(AgendaItem.class, SearchEntries::agendaItem, List.of("title", "notes"), List.of("meeting")),
    DECISION(Decision.class, SearchEntries::decision, List.of("text"), List.of("item")),
    ACTION_ITEM(ActionItem.class, SearchEntries::actionItem, List.of("text", "dueText"),
            List.of("responsible", "originMeeting")),
    ACTIVITY(Activity.class, SearchEntries::activity, List.of("title", "description", "followUpComment"),
            List.of("focusArea", "responsibleBody", "plan")),
    PAPER(PaperText.class, SearchEntries::paper, List.of("content", "versionNumber"), List.of("paper")),
    PERSON(Person.class, SearchEntries::person, List.of("firstName", "lastName", "title", "organisation"),
            List.of("municipality")),
    BODY(Body.class, SearchEntries::body, List.of("shortName", "name", "formalName", "description"), List.of());

    private final Class<?> entity;
    private final Function<Object, SearchEntry> entry;
    private final List<String> fields;
    private final List<String> references;

    /**
     * @param fields     the entity's own properties its entry reads: a change of one re-indexes the record
     * @param references the associations its entry follows: a change of which record it names re-indexes it, a
     *                   change inside the named record does not (see {@link SearchEntryBinder})
     */
    <E> SearchKind(Class<E> entity, Function<E, SearchEntry> entry, List<String> fields, List<String> references) {
        this.entity = entity;
        this.entry = record -> entry.apply(entity.cast(record));
        this.fields = fields;
        this.references = references;
    }

    /** The entity's own properties its entry reads. */
    List<String> fields() {
        return fields;
    }

    /** The associations its entry follows. */
    List<String> references() {
        return references;
    }

    /** The entity whose records are of this kind. */
    public Class<?> entity() {
        return entity;
    }

    /** The name of the kind in the API and in the page's address, e.g. {@code agenda-item}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind named {@code key} (see {@link #key()}). */
    public static Optional<SearchKind> ofKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
    }

    SearchEntry entryOf(Object record) {
        return entry.apply(record);
    }
}
