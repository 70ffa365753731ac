package se.sodertorn.governance.domain.meeting;

import java.util.stream.Stream;

/** Something written in a meeting's record; it may not change once any of those meetings' minutes is approved. */
public interface PartOfMeetingRecord {

    /** The meetings whose record this belongs to. */
    Stream<Meeting> recordMeetings();
}
