package se.sodertorn.governance.ejb.search;

import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.PaperText;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.plan.Activity;

/** The {@link SearchEntry} of each kind of record that search finds. */
final class SearchEntries {

    private static final String MEETING_PAGE = "meetings/meeting.xhtml?id=";

    private SearchEntries() {
    }

    static SearchEntry meeting(Meeting meeting) {
        return new SearchEntry(meetingName(meeting),
                SearchEntry.lines(meeting.getBody().getFullName(), meeting.getPlace(), meeting.getNote()),
                meeting.getBody().getId(), meeting.getDay().getYear(), MEETING_PAGE + meeting.getId());
    }

    static SearchEntry agendaItem(AgendaItem item) {
        Meeting meeting = item.getMeeting();
        return new SearchEntry(item.getTitle(), SearchEntry.lines(meetingName(meeting), item.getNotes()),
                meeting.getBody().getId(), meeting.getDay().getYear(), itemPlace(item));
    }

    static SearchEntry decision(Decision decision) {
        Meeting meeting = decision.getItem().getMeeting();
        return new SearchEntry(decision.getItem().getTitle(),
                SearchEntry.lines(decision.getText(), meetingName(meeting)),
                meeting.getBody().getId(), meeting.getDay().getYear(),
                "decisions/decision.xhtml?id=" + decision.getId());
    }

    static SearchEntry actionItem(ActionItem action) {
        Meeting meeting = action.getOriginMeeting();
        return new SearchEntry(action.getText(),
                SearchEntry.lines(action.getDueText(),
                        action.getResponsible() == null ? null : action.getResponsible().getFullName(),
                        meetingName(meeting)),
                meeting.getBody().getId(), meeting.getDay().getYear(), MEETING_PAGE + meeting.getId());
    }

    static SearchEntry activity(Activity activity) {
        return new SearchEntry(activity.getTitle(),
                SearchEntry.lines(activity.getFocusArea().getName(), activity.getDescription(),
                        activity.getFollowUpComment()),
                activity.getResponsibleBody() == null ? null : activity.getResponsibleBody().getId(),
                activity.getPlan().getYear(), "plans/plan.xhtml?year=" + activity.getPlan().getYear());
    }

    static SearchEntry paper(PaperText text) {
        AgendaItem item = text.getPaper().getAgendaItem();
        Meeting meeting = item.getMeeting();
        return new SearchEntry(text.getPaper().getTitle(), SearchEntry.lines(text.getContent()),
                meeting.getBody().getId(), meeting.getDay().getYear(), itemPlace(item));
    }

    static SearchEntry person(Person person) {
        return new SearchEntry(person.getFullName(),
                SearchEntry.lines(person.getTitle(), person.getOrganisation(),
                        person.getMunicipality() == null ? null : person.getMunicipality().getName()),
                null, null, "register/persons.xhtml");
    }

    static SearchEntry body(Body body) {
        return new SearchEntry(body.getName(),
                SearchEntry.lines(body.getShortName(), body.getFormalName(), body.getDescription()),
                body.getId(), null, "register/body.xhtml?id=" + body.getId());
    }

    /** The item's place on its meeting's page, e.g. {@code meetings/meeting.xhtml?id=12#item-40}. */
    private static String itemPlace(AgendaItem item) {
        return MEETING_PAGE + item.getMeeting().getId() + "#item-" + item.getId();
    }

    /** A meeting as a hit names it: the body's short name and the day, e.g. "LG 2022-12-02". */
    private static String meetingName(Meeting meeting) {
        return meeting.getBody().getShortName() + " " + meeting.getDay();
    }
}
