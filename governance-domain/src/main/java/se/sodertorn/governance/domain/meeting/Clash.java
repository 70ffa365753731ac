package se.sodertorn.governance.domain.meeting;

import java.time.LocalDate;

/** A planned meeting falling on a day that is taken: by a holiday, another of our meetings, or an external event. */
public record Clash(Meeting meeting, LocalDate day, ClashKind kind, String with) {
}
