package se.sodertorn.governance.ejb.meeting;

import java.util.ArrayList;
import java.util.List;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Attendance;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.PaperVersion;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.reports.minutes.ActionLine;
import se.sodertorn.governance.reports.minutes.Attendee;
import se.sodertorn.governance.reports.minutes.Correction;
import se.sodertorn.governance.reports.minutes.Item;
import se.sodertorn.governance.reports.minutes.MinutesReport;
import se.sodertorn.governance.reports.minutes.MinutesState;

/** Turns a meeting's record into the rows of the minutes document. */
final class MinutesReports {

    private MinutesReports() {
    }

    /** @param papers the meeting's paper versions, as {@link PaperService#versions} gives them */
    static MinutesReport of(MeetingRecord record, List<PaperVersion> papers) {
        Meeting meeting = record.meeting();
        return new MinutesReport(meeting.getBody().getFullName(), meeting.getStartsAt(), meeting.getEndsAt(),
                meeting.getPlace(), attendees(record.present(), meeting), attendees(record.absent(), meeting),
                attendees(record.guests(), meeting), items(record, new PaperNumbering(papers)), name(meeting.getSecretary()),
                name(meeting.getAdjuster()), MinutesState.valueOf(meeting.getMinutesStatus().name()),
                meeting.getApprovedAt() == null ? null : meeting.getApprovedAt().toLocalDate(),
                record.corrections().stream()
                        .map(c -> new Correction(c.getWrittenAt().toLocalDate(), c.getAuthorName(), c.getText())).toList());
    }

    private static List<Attendee> attendees(List<Attendance> lines, Meeting meeting) {
        return lines.stream().map(a -> new Attendee(a.getName(), a.getAffiliation(), role(a, meeting))).toList();
    }

    private static String role(Attendance line, Meeting meeting) {
        if (line.isGuest() || meeting.getChair() == null) {
            return null;
        }
        return line.getPerson().equals(meeting.getChair()) ? MeetingTexts.get("role.chair") : null;
    }

    private static List<Item> items(MeetingRecord record, PaperNumbering papers) {
        return record.agenda().stream().map(item -> new Item(item.getNumber(), item.getTitle(), item.getNotes(),
                outstanding(record, item), record.decisionsOf(item).stream().map(MinutesReports::decision).toList(),
                record.actionsOf(item).stream().map(MinutesReports::givenHere).toList(), papers.lines(item.getId())))
                .toList();
    }

    /**
     * A decision as the minutes write it: its text, then a paragraph with where it leads or comes from — the body
     * it recommends, the recommendation it follows, and whether each municipality's executive board is to adopt it.
     */
    private static String decision(Decision decision) {
        List<String> chain = new ArrayList<>();
        if (decision.getRecommendedTo() != null) {
            chain.add(MeetingTexts.format("decision.recommends", decision.getRecommendedTo().getName(),
                    decision.getRecommendedTo().getShortName()));
        }
        Decision followed = decision.getFollowsRecommendation();
        if (followed != null) {
            chain.add(MeetingTexts.format("decision.follows", followed.getBody().getShortName(),
                    followed.getMeeting().getDay().toString()));
        }
        if (decision.isNeedsAdoption()) {
            chain.add(MeetingTexts.get("decision.needsAdoption"));
        }
        return chain.isEmpty() ? decision.getText() : decision.getText() + "\n\n" + String.join("\n", chain);
    }

    /** An action item given at this meeting: a meeting closes only items given at earlier ones. */
    private static ActionLine givenHere(ActionItem action) {
        return actionLine(action, false);
    }

    /** The matters the outstanding-matters item carries from earlier meetings, those closed at this one marked so. */
    private static List<ActionLine> outstanding(MeetingRecord record, AgendaItem item) {
        if (!item.isOutstandingMatters()) {
            return List.of();
        }
        Meeting meeting = record.meeting();
        return record.outstanding().stream()
                .map(a -> actionLine(a, a.getClosedAt() != null && a.getClosedAt().equals(meeting))).toList();
    }

    private static ActionLine actionLine(ActionItem action, boolean closedHere) {
        return new ActionLine(action.getText(), name(action.getResponsible()), action.getDue(), closedHere);
    }

    private static String name(Person person) {
        return person == null ? null : person.getFullName();
    }
}
