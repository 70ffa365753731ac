package se.sodertorn.governance.domain.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.shared.BaseEntity;

/** One municipality's adoption of a programme: the date of its executive board's (KS) decision, or not yet. */
@Entity
@Audited
public class ProgrammeAdoption extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private DevelopmentProgramme programme;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Municipality municipality;

    private LocalDate decidedOn;

    protected ProgrammeAdoption() {
    }

    public ProgrammeAdoption(DevelopmentProgramme programme, Municipality municipality) {
        this.programme = programme;
        this.municipality = municipality;
    }

    /** Records the executive board's decision; a date after today is refused by the service, not here. */
    public void adoptedOn(LocalDate day) {
        this.decidedOn = day;
    }

    public boolean isAdopted() {
        return decidedOn != null;
    }

    public DevelopmentProgramme getProgramme() {
        return programme;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
