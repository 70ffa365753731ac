package se.sodertorn.governance.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;

/**
 * The long-term development programme (e.g. "SUP 2040") whose focus areas steer each year's activity plan;
 * adopted by SSK and then by each municipality's executive board.
 */
@Entity
@Audited
public class DevelopmentProgramme extends BaseEntity {

    @NotBlank(message = "{programme.name.required}")
    @Size(max = 100, message = "{text.tooLong}")
    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @NotNull(message = "{programme.firstYear.required}")
    @Min(value = 2000, message = "{year.range}")
    @Max(value = 2100, message = "{year.range}")
    private Integer firstYear;

    @NotNull(message = "{programme.lastYear.required}")
    @Min(value = 2000, message = "{year.range}")
    @Max(value = 2100, message = "{year.range}")
    private Integer lastYear;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProgrammeStatus status = ProgrammeStatus.DRAFT;

    @Size(max = 2000, message = "{text.tooLong}")
    @Column(length = 2000)
    private String description;

    protected DevelopmentProgramme() {
    }

    public DevelopmentProgramme(String name, int firstYear, int lastYear) {
        this.name = name;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public static DevelopmentProgramme blank() {
        return new DevelopmentProgramme();
    }

    /** Whether the programme runs in the given year. */
    public boolean covers(int year) {
        return firstYear <= year && year <= lastYear;
    }

    public void adopt() {
        status = ProgrammeStatus.ADOPTED;
    }

    @AssertTrue(message = "{programme.years.order}")
    public boolean isYearsInOrder() {
        return firstYear == null || lastYear == null || firstYear <= lastYear;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    public void setLastYear(Integer lastYear) {
        this.lastYear = lastYear;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public void setStatus(ProgrammeStatus status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public String toString() {
        return name;
    }
}
