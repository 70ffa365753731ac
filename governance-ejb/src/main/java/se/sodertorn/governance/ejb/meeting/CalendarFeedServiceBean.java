package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.security.CalendarSubscription;
import se.sodertorn.governance.domain.security.CalendarSubscriptionRepository;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.ejb.security.FeedToken;

/**
 * Default {@link CalendarFeedService}: {@code @PermitAll}, since the caller is a calendar program without a login;
 * the token, looked up by its hash, decides whose feed it is.
 */
@Stateless
@PermitAll
public class CalendarFeedServiceBean implements CalendarFeedService {

    @Inject
    private CalendarSubscriptionRepository subscriptions;
    @Inject
    private MeetingRepository meetings;
    @Inject
    private BodyRepository bodies;
    @Inject
    private MeetingCalendarEntries entries;
    @Inject
    private CalendarWindow window;

    @Override
    public Optional<String> personalCalendar(String token) {
        return owner(token).map(account -> {
            Person person = account.getPerson();
            List<Meeting> held = person == null ? List.of() : meetings.calendarOfMember(person.getId(),
                    window.today(), window.start(), CalendarWindow.MAX_MEETINGS);
            return entries.publish(MeetingCalendarEntries.personalCalendarName(account.getDisplayName()), held);
        });
    }

    @Override
    public Optional<String> bodyCalendar(String token, long bodyId) {
        return owner(token).flatMap(account -> bodies.find(bodyId)).map(body -> entries.publish(body.getName(),
                meetings.calendarOfBody(body.getId(), window.start(), CalendarWindow.MAX_MEETINGS)));
    }

    /** The enabled account whose active token this is, noting the fetch; empty for any other text. */
    private Optional<UserAccount> owner(String token) {
        if (!FeedToken.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<CalendarSubscription> found = subscriptions.byTokenHash(FeedToken.hash(token))
                .filter(s -> s.getAccount().isEnabled());
        found.ifPresent(s -> subscriptions.markUsed(s.getId(), window.now()));
        return found.map(CalendarSubscription::getAccount);
    }
}
