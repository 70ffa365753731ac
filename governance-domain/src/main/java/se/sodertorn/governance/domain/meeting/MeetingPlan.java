package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.Text;

/**
 * The year's dates for LG and SSK meetings and conferences: proposed, checked for clashes, then decided, which
 * turns every proposal into a scheduled meeting.
 */
@Entity
@Audited
public class MeetingPlan extends BaseEntity {

    @Column(nullable = false, unique = true)
    private int planYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingPlanStatus status = MeetingPlanStatus.DRAFT;

    private LocalDate decidedOn;

    @Size(max = 200, message = "{text.tooLong}")
    @Column(length = 200)
    private String decisionReference;

    protected MeetingPlan() {
    }

    public MeetingPlan(int planYear) {
        if (planYear < 2000 || planYear > 2100) {
            throw new GovernanceException("meetingPlan.yearOutOfRange", planYear);
        }
        this.planYear = planYear;
    }

    /** Decides the plan; the service schedules its proposed meetings in the same transaction. */
    public void decide(LocalDate day, String reference) {
        if (isDecided()) {
            throw new GovernanceException("meetingPlan.alreadyDecided", planYear);
        }
        if (day == null) {
            throw new GovernanceException("meetingPlan.decisionDateRequired");
        }
        status = MeetingPlanStatus.DECIDED;
        decidedOn = day;
        decisionReference = Text.strippedOrNull(reference);
    }

    public boolean isDecided() {
        return status == MeetingPlanStatus.DECIDED;
    }

    public int getPlanYear() {
        return planYear;
    }

    public MeetingPlanStatus getStatus() {
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionReference() {
        return decisionReference;
    }
}
