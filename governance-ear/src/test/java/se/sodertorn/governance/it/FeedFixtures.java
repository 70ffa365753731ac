package se.sodertorn.governance.it;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingPlan;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.security.CalendarSubscription;
import se.sodertorn.governance.domain.security.CalendarSubscriptionRepository;
import se.sodertorn.governance.domain.security.Role;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;
import se.sodertorn.governance.ejb.organisation.MembershipService;
import se.sodertorn.governance.ejb.security.FeedToken;

/**
 * A test's own calendar feeds and meetings, stored directly (call inside a transaction, e.g. as the secretariat): the
 * feed service itself acts only on a logged-in caller's own address, which the browser test works through.
 */
@Dependent
public class FeedFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The year of the coming meetings: one the other meeting tests leave alone (see {@link MeetingFixtures}). */
    private static final int COMING_YEAR = 2057;
    /** The year of the old meeting: long before any window (the plans' years begin in 2000). */
    private static final int PAST_YEAR = 2003;

    @Inject
    private RegisterFixtures register;
    @EJB
    private MembershipService memberships;
    @Inject
    private UserAccountRepository accounts;
    @Inject
    private CalendarSubscriptionRepository subscriptions;
    @Inject
    private MeetingRepository meetings;

    /** A new member account (that cannot log in) of the person, or of nobody, with an active feed address: its token. */
    public String accountWithFeed(Person person) {
        UserAccount account = new UserAccount(RegisterFixtures.unique("feed-"), "not-a-password-hash",
                Set.of(Role.MEMBER));
        account.setPerson(person);
        account = accounts.save(account);
        String token = FeedToken.generate(RANDOM);
        subscriptions.save(new CalendarSubscription(account, FeedToken.hash(token), LocalDateTime.now()));
        return token;
    }

    /** Revokes the address of the token. */
    public void revoke(String token) {
        CalendarSubscription subscription = subscriptions.byTokenHash(FeedToken.hash(token)).orElseThrow();
        subscription.revoke(LocalDateTime.now());
        subscriptions.save(subscription);
    }

    /** Gives the address of the token a new token, which it returns. */
    public String renew(String token) {
        CalendarSubscription subscription = subscriptions.byTokenHash(FeedToken.hash(token)).orElseThrow();
        String renewed = FeedToken.generate(RANDOM);
        subscription.renew(FeedToken.hash(renewed), LocalDateTime.now());
        subscriptions.save(subscription);
        return renewed;
    }

    /** A two-hour meeting of the body, proposed, or scheduled when {@code decided}, in its year's meeting plan. */
    public Meeting meeting(Body body, LocalDateTime start, boolean decided) {
        MeetingPlan plan = meetings.plan(start.getYear())
                .orElseGet(() -> meetings.savePlan(new MeetingPlan(start.getYear())));
        Meeting meeting = Meeting.proposal(plan, body, start, start.plusHours(2));
        if (decided) {
            meeting.schedule();
        }
        return meetings.save(meeting);
    }

    /**
     * A person in two bodies today and formerly in a third; their meetings in {@value #COMING_YEAR} (decided,
     * proposed, cancelled) and in {@value #PAST_YEAR}; an account of the person with a feed address and one without
     * a person: the ids, the meetings' calendar UIDs and the tokens.
     */
    public JsonObjectBuilder personInBodiesWithFeed() {
        Person person = register.newPerson();
        Body first = register.newNetwork();
        Body second = register.newNetwork();
        Body former = register.newNetwork();
        member(person, first, null);
        member(person, second, null);
        member(person, former, LocalDate.of(2001, 12, 31));
        LocalDateTime day = LocalDateTime.of(COMING_YEAR, 1 + ThreadLocalRandom.current().nextInt(12), 10, 9, 0);
        Meeting cancelled = meeting(second, day.plusDays(2), true);
        cancelled.cancel(LocalDateTime.now());
        return Json.createObjectBuilder().add("token", accountWithFeed(person))
                .add("first", first.getId()).add("second", second.getId()).add("former", former.getId())
                .add("firstComing", meeting(first, day, true).getCalendarUid())
                .add("secondComing", meeting(second, day.plusDays(1), true).getCalendarUid())
                .add("secondCancelled", cancelled.getCalendarUid())
                .add("secondProposed", meeting(second, day.plusDays(3), false).getCalendarUid())
                .add("formerComing", meeting(former, day.plusDays(4), true).getCalendarUid())
                .add("firstOld", meeting(first, LocalDateTime.of(PAST_YEAR, 5, 10, 9, 0), true).getCalendarUid())
                .add("withoutPerson", accountWithFeed(null));
    }

    private void member(Person person, Body body, LocalDate lastDay) {
        Membership membership = Membership.blankIn(body, LocalDate.of(2000, 1, 1));
        membership.setPerson(person);
        membership.setRole(MembershipRole.MEMBER);
        membership.setValidTo(lastDay);
        memberships.save(membership);
    }
}
