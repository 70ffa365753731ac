package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import se.sodertorn.governance.domain.meeting.MeetingPlan;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * Opens a year's meeting plan on its first proposal, exactly once even when proposals for a new year arrive at
 * the same moment: the plan is created in a transaction of its own, and a request that loses the race to the
 * unique year simply uses the plan the other one created. Called only by the services of this package, which
 * check the caller's role.
 */
@Stateless
@PermitAll
public class MeetingPlanOpening {

    @Inject
    private MeetingRepository meetings;
    @EJB
    private MeetingPlanOpening self;

    /** The year's plan, created now if the year has none. */
    public MeetingPlan plan(int year) {
        if (meetings.plan(year).isEmpty()) {
            try {
                self.create(year);
            } catch (GovernanceException raced) {
                if (!"error.conflictingData".equals(raced.getMessageKey())) {
                    throw raced;
                }
            }
        }
        return meetings.plan(year).orElseThrow();
    }

    /** Creates the year's plan and commits it at once; refused as conflicting data if the year has one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(int year) {
        meetings.savePlan(new MeetingPlan(year));
    }
}
