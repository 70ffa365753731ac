package se.sodertorn.governance.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;

/**
 * A follow-up round of a plan ("Tertial 1 2023", "Helår 2023"): when it is taken, every activity's status,
 * progress and comment are recorded as they are, and later rounds never overwrite them.
 */
@Entity
@Audited
public class FollowUpRound extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ActivityPlan plan;

    @NotBlank(message = "{round.name.required}")
    @Size(max = 100, message = "{text.tooLong}")
    @Column(nullable = false, length = 100)
    private String name;

    @NotNull(message = "{round.takenOn.required}")
    @Column(nullable = false)
    private LocalDate takenOn;

    @Column(length = 60)
    private String takenBy;

    protected FollowUpRound() {
    }

    /** A round of the plan; rounds are taken through {@link ActivityPlan#takeRound}. */
    FollowUpRound(ActivityPlan plan, String name, LocalDate takenOn, String takenBy) {
        this.plan = plan;
        this.name = name;
        this.takenOn = takenOn;
        this.takenBy = takenBy;
    }

    public ActivityPlan getPlan() {
        return plan;
    }

    public String getName() {
        return name;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public String getTakenBy() {
        return takenBy;
    }

    @Override
    public String toString() {
        return name;
    }
}
