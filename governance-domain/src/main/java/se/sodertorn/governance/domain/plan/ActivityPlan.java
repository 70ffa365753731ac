package se.sodertorn.governance.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * The activity plan (verksamhetsplan) of one year: drafted, adopted, followed up through the year, closed.
 * It follows a development programme and uses some of its focus areas.
 */
@Entity
@Audited
public class ActivityPlan extends BaseEntity {

    /** The first year a plan may have. */
    public static final int FIRST_YEAR = 2000;
    /** The last year a plan may have. */
    public static final int LAST_YEAR = 2100;

    @NotNull(message = "{plan.year.required}")
    @Min(value = FIRST_YEAR, message = "{year.range}")
    @Max(value = LAST_YEAR, message = "{year.range}")
    @Column(name = "plan_year", nullable = false, unique = true)
    private Integer year;

    @NotBlank(message = "{plan.name.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull(message = "{plan.programme.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private DevelopmentProgramme programme;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "activity_plan_focus_area", joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "focus_area_id"))
    @OrderBy("sortOrder")
    private Set<FocusArea> focusAreas = new LinkedHashSet<>();

    protected ActivityPlan() {
    }

    public ActivityPlan(int year, String name, DevelopmentProgramme programme) {
        this.year = year;
        this.name = name;
        this.programme = programme;
    }

    public static ActivityPlan blank(int year) {
        ActivityPlan plan = new ActivityPlan();
        plan.year = year;
        return plan;
    }

    public void useFocusArea(FocusArea focusArea) {
        focusAreas.add(focusArea);
    }

    /** Whether the plan uses the focus area (activities may only belong to the plan's focus areas). */
    public boolean uses(FocusArea focusArea) {
        return focusAreas.stream().anyMatch(used -> used.getId().equals(focusArea.getId()));
    }

    public void adopt() {
        if (status != PlanStatus.DRAFT) {
            throw new GovernanceException("plan.adopt.notDraft");
        }
        status = PlanStatus.ADOPTED;
    }

    public void close() {
        if (status != PlanStatus.ADOPTED) {
            throw new GovernanceException("plan.close.notAdopted");
        }
        status = PlanStatus.CLOSED;
    }

    /** Refuses changes to the activities of a closed plan. */
    public void checkOpen() {
        if (status == PlanStatus.CLOSED) {
            throw new GovernanceException("plan.closed", year);
        }
    }

    /**
     * A follow-up round of the plan under the given name, recording its activities as they are: an adopted plan is
     * followed up through its year; a draft has nothing to follow up yet and a closed plan no longer changes.
     */
    public FollowUpRound takeRound(String roundName, LocalDate takenOn, String takenBy) {
        if (status == PlanStatus.DRAFT) {
            throw new GovernanceException("round.planNotAdopted", year);
        }
        checkOpen();
        return new FollowUpRound(this, roundName, takenOn, takenBy);
    }

    /** Whether follow-up rounds can be taken now: the plan is adopted and not yet closed. */
    public boolean isTakingRounds() {
        return status == PlanStatus.ADOPTED;
    }

    /** The date proposed for a new round: today, or the last day of the plan's year once that year is over. */
    public LocalDate defaultRoundDate(LocalDate today) {
        LocalDate lastDayOfYear = LocalDate.of(year, 12, 31);
        return lastDayOfYear.isBefore(today) ? lastDayOfYear : today;
    }

    /** A new draft for the following year, on the same programme and focus areas; activities are carried separately. */
    public ActivityPlan draftForNextYear(String nextName) {
        ActivityPlan next = new ActivityPlan(year + 1, nextName, programme);
        next.focusAreas.addAll(focusAreas);
        return next;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DevelopmentProgramme getProgramme() {
        return programme;
    }

    public void setProgramme(DevelopmentProgramme programme) {
        this.programme = programme;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public Set<FocusArea> getFocusAreas() {
        return focusAreas;
    }

    @Override
    public String toString() {
        return name;
    }
}
