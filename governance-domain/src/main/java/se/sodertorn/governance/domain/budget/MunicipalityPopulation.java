package se.sodertorn.governance.domain.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.shared.BaseEntity;

/** A municipality's population in a year, on a reference date (e.g. 31 December), for splitting contributions. */
@Entity
@Audited
public class MunicipalityPopulation extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Municipality municipality;

    @Column(nullable = false)
    private int populationYear;

    @Positive(message = "{population.positive}")
    private long population;

    @NotNull
    @Column(nullable = false)
    private LocalDate referenceDate;

    protected MunicipalityPopulation() {
    }

    public MunicipalityPopulation(Municipality municipality, LocalDate referenceDate, long population) {
        this.municipality = municipality;
        this.populationYear = referenceDate.getYear();
        this.referenceDate = referenceDate;
        this.population = population;
    }

    /** A corrected figure for the same year. */
    public void correct(LocalDate onDate, long inhabitants) {
        if (onDate.getYear() != populationYear || inhabitants <= 0) {
            throw new IllegalArgumentException("a correction is for the same year and more than zero");
        }
        this.referenceDate = onDate;
        this.population = inhabitants;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public int getPopulationYear() {
        return populationYear;
    }

    public long getPopulation() {
        return population;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }
}
