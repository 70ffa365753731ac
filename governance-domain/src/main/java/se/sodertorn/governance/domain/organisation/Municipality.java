package se.sodertorn.governance.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;

/** A member municipality of the cooperation, with its official code (kommunkod) and population. */
@Entity
@Audited
public class Municipality extends BaseEntity {

    @NotBlank(message = "{municipality.code.required}")
    @Pattern(regexp = "\\d{4}", message = "{municipality.code.pattern}")
    @Column(nullable = false, unique = true, length = 4)
    private String code;

    @NotBlank(message = "{municipality.name.required}")
    @Size(max = 100, message = "{text.tooLong}")
    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @NotNull(message = "{municipality.population.required}")
    @Min(value = 0, message = "{municipality.population.min}")
    private Integer population;

    @NotNull(message = "{municipality.populationDate.required}")
    private LocalDate populationDate;

    protected Municipality() {
    }

    public Municipality(String code, String name, int population, LocalDate populationDate) {
        this.code = code;
        this.name = name;
        this.population = population;
        this.populationDate = populationDate;
    }

    /** Creates an empty municipality for a form to fill in. */
    public static Municipality blank() {
        return new Municipality();
    }

    /** Records a new official population figure as of the given date. */
    public void recordPopulation(int inhabitants, LocalDate asOf) {
        if (inhabitants < 0) {
            throw new IllegalArgumentException("population cannot be negative");
        }
        this.population = inhabitants;
        this.populationDate = asOf;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public LocalDate getPopulationDate() {
        return populationDate;
    }

    public void setPopulationDate(LocalDate populationDate) {
        this.populationDate = populationDate;
    }

    @Override
    public String toString() {
        return name;
    }
}
