package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * One municipality's executive board (KS) adopting a decision: the date of its decision, or not yet. Not part
 * of the meeting's record: boards adopt long after the minutes are approved.
 */
@Entity
@Audited
public class DecisionAdoption extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Decision decision;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Municipality municipality;

    private LocalDate adoptedOn;

    protected DecisionAdoption() {
    }

    public DecisionAdoption(Decision decision, Municipality municipality) {
        this.decision = decision;
        this.municipality = municipality;
    }

    /** Records the board's decision (or clears it with null); not before the decision it adopts. */
    public void adoptedOn(LocalDate day) {
        if (day != null && day.isBefore(decision.getMeeting().getDay())) {
            throw new GovernanceException("decision.adoptionBeforeDecision");
        }
        adoptedOn = day;
    }

    public boolean isAdopted() {
        return adoptedOn != null;
    }

    public Decision getDecision() {
        return decision;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }
}
