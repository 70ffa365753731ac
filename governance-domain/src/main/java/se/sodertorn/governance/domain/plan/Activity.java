package se.sodertorn.governance.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.Text;

/**
 * One planned piece of work in a year's plan: what, under which focus area, who is responsible (a body or
 * network, a person or a municipality), when, how it goes (status, progress, follow-up comment) and its
 * money (budget and outcome in SEK).
 */
@Entity
@Audited
public class Activity extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ActivityPlan plan;

    @NotNull(message = "{activity.focusArea.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private FocusArea focusArea;

    @NotBlank(message = "{activity.title.required}")
    @Size(max = 300, message = "{text.tooLong}")
    @Column(nullable = false, length = 300)
    private String title;

    @Size(max = 4000, message = "{text.tooLong}")
    @Column(length = 4000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    private Body responsibleBody;

    @ManyToOne(fetch = FetchType.LAZY)
    private Person responsiblePerson;

    @ManyToOne(fetch = FetchType.LAZY)
    private Municipality responsibleMunicipality;

    @NotNull(message = "{activity.plannedStart.required}")
    private LocalDate plannedStart;

    @NotNull(message = "{activity.plannedEnd.required}")
    private LocalDate plannedEnd;

    @NotNull(message = "{activity.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityStatus status = ActivityStatus.PLANNED;

    @Min(value = 0, message = "{activity.progress.range}")
    @Max(value = 100, message = "{activity.progress.range}")
    private int progressPercent;

    @Size(max = 4000, message = "{text.tooLong}")
    @Column(length = 4000)
    private String followUpComment;

    @PositiveOrZero(message = "{money.notNegative}")
    @Digits(integer = 12, fraction = 2, message = "{money.format}")
    private BigDecimal budget;

    @PositiveOrZero(message = "{money.notNegative}")
    @Digits(integer = 12, fraction = 2, message = "{money.format}")
    private BigDecimal outcome;

    /**
     * The focus area's sort order, kept on the activity so that an index on (plan, order, id) serves the plan's
     * default order without a join; set with the focus area (whose order does not change once created).
     */
    @NotAudited
    @Column(nullable = false)
    private int focusAreaOrder;

    /**
     * Whoever is responsible, as the plan's "responsible" column sorts it (body name, person's last and first
     * name, or municipality name), kept on the activity so that an index serves that sort; set with the
     * responsible and renewed by the register when a name changes.
     */
    @NotAudited
    @Column(length = 300)
    private String responsibleSortName;

    protected Activity() {
    }

    public Activity(ActivityPlan plan, FocusArea focusArea, String title, LocalDate plannedStart, LocalDate plannedEnd) {
        this.plan = plan;
        setFocusArea(focusArea);
        this.title = title;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
    }

    /** An empty activity of the plan for a form, planned for the whole year. */
    public static Activity blankIn(ActivityPlan plan) {
        return new Activity(plan, null, null, LocalDate.of(plan.getYear(), 1, 1), LocalDate.of(plan.getYear(), 12, 31));
    }

    /**
     * Records how the activity goes. Done means 100 %; progress is a whole percentage from 0 to 100.
     */
    public void followUp(ActivityStatus newStatus, int newProgress, String comment) {
        if (newStatus == null) {
            throw new GovernanceException("activity.status.required");
        }
        if (newProgress < 0 || newProgress > 100) {
            throw new GovernanceException("activity.progress.range");
        }
        this.status = newStatus;
        this.progressPercent = newStatus == ActivityStatus.DONE ? 100 : newProgress;
        this.followUpComment = Text.strippedOrNull(comment);
    }

    /** Whether a follow-up with these values would change anything. */
    public boolean differsFrom(ActivityStatus otherStatus, int otherProgress, String otherComment) {
        String normalised = Text.strippedOrNull(otherComment);
        return status != otherStatus || progressPercent != otherProgress
                || !java.util.Objects.equals(followUpComment, normalised);
    }

    /** This activity, unfinished, as a fresh activity of next year's plan: same work, a year later, not begun. */
    public Activity carryOverTo(ActivityPlan next) {
        if (status.isFinished()) {
            throw new IllegalStateException("finished activities are not carried over");
        }
        Activity copy = new Activity(next, focusArea, title, plannedStart.plusYears(1), plannedEnd.plusYears(1));
        copy.description = description;
        copy.responsibleBody = responsibleBody;
        copy.responsiblePerson = responsiblePerson;
        copy.responsibleMunicipality = responsibleMunicipality;
        copy.responsibleSortName = responsibleSortName;
        copy.budget = budget;
        return copy;
    }

    /** The name of whoever is responsible: body, person or municipality; null if nobody is named yet. */
    public String getResponsibleName() {
        if (responsibleBody != null) {
            return responsibleBody.getName();
        }
        if (responsiblePerson != null) {
            return responsiblePerson.getFullName();
        }
        return responsibleMunicipality == null ? null : responsibleMunicipality.getName();
    }

    /** The planned period as quarters ("1–2") when it runs from a quarter's first day to a quarter's last. */
    public String getQuarters() {
        return PlannedPeriod.quarters(plannedStart, plannedEnd);
    }

    @AssertTrue(message = "{activity.period.order}")
    public boolean isPeriodInOrder() {
        return plannedStart == null || plannedEnd == null || !plannedEnd.isBefore(plannedStart);
    }

    @AssertTrue(message = "{activity.responsible.one}")
    public boolean isAtMostOneResponsible() {
        int named = (responsibleBody == null ? 0 : 1) + (responsiblePerson == null ? 0 : 1)
                + (responsibleMunicipality == null ? 0 : 1);
        return named <= 1;
    }

    /** The focus area's sort order as stored for the plan's default order. */
    public int getFocusAreaOrder() {
        return focusAreaOrder;
    }

    /** The name the "responsible" sort uses, or null. */
    public String getResponsibleSortName() {
        return responsibleSortName;
    }

    public ActivityPlan getPlan() {
        return plan;
    }

    public FocusArea getFocusArea() {
        return focusArea;
    }

    public void setFocusArea(FocusArea focusArea) {
        this.focusArea = focusArea;
        this.focusAreaOrder = focusArea == null ? 0 : focusArea.getSortOrder();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Body getResponsibleBody() {
        return responsibleBody;
    }

    public void setResponsibleBody(Body responsibleBody) {
        this.responsibleBody = responsibleBody;
        this.responsibleSortName = ResponsibleSortName.of(responsibleBody, responsiblePerson, responsibleMunicipality);
    }

    public Person getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(Person responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
        this.responsibleSortName = ResponsibleSortName.of(responsibleBody, responsiblePerson, responsibleMunicipality);
    }

    public Municipality getResponsibleMunicipality() {
        return responsibleMunicipality;
    }

    public void setResponsibleMunicipality(Municipality responsibleMunicipality) {
        this.responsibleMunicipality = responsibleMunicipality;
        this.responsibleSortName = ResponsibleSortName.of(responsibleBody, responsiblePerson, responsibleMunicipality);
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public void setProgressPercent(int progressPercent) {
        this.progressPercent = progressPercent;
    }

    public String getFollowUpComment() {
        return followUpComment;
    }

    public void setFollowUpComment(String followUpComment) {
        this.followUpComment = followUpComment;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public BigDecimal getOutcome() {
        return outcome;
    }

    public void setOutcome(BigDecimal outcome) {
        this.outcome = outcome;
    }

    @Override
    public String toString() {
        return title;
    }
}
