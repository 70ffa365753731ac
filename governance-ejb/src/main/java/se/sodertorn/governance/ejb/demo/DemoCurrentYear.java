package se.sodertorn.governance.ejb.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.plan.ActivityPlanRepository;

/**
 * Beside the seed's historical records (2022–2023), the year the demo is first started in: its register carried
 * forward, its meetings with minutes waiting for the {@code member} account's approval and action items due soon,
 * its activity plan with a follow-up round, and its budget. The year is read from the clock at that first start.
 */
@ApplicationScoped
public class DemoCurrentYear {

    /** The last year the historical demo covers. */
    private static final int SEED_YEAR = 2023;

    @Inject
    private Clock clock;
    @Inject
    private MeetingRepository meetings;
    @Inject
    private ActivityPlanRepository plans;
    @Inject
    private BodyRepository bodies;
    @Inject
    private DemoYearMembers members;
    @Inject
    private DemoYearMeetings yearMeetings;
    @Inject
    private DemoYearPlan yearPlan;

    /** Whether this year's demo is there (or the year is one the seed covers). */
    public boolean isLoaded() {
        int year = LocalDateTime.now(clock).getYear();
        return year <= SEED_YEAR || meetings.plan(year).isPresent() || plans.findByYear(year).isPresent();
    }

    public void load() {
        LocalDateTime now = LocalDateTime.now(clock);
        Body lg = bodies.findByShortName("LG").orElseThrow();
        Body ssk = bodies.findByShortName("SSK").orElseThrow();
        members.carryInto(now.getYear(), lg, ssk);
        yearMeetings.load(now, lg, ssk);
        yearPlan.load(now.toLocalDate());
    }
}
