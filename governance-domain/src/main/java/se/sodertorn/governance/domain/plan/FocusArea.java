package se.sodertorn.governance.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;

/** A theme of a development programme (e.g. Näringsliv), with its goal; yearly activities belong to one. */
@Entity
@Audited
public class FocusArea extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private DevelopmentProgramme programme;

    @NotBlank(message = "{focusArea.name.required}")
    @Size(max = 100, message = "{text.tooLong}")
    @Column(nullable = false, length = 100)
    private String name;

    @Size(max = 2000, message = "{text.tooLong}")
    @Column(length = 2000)
    private String goal;

    private int sortOrder;

    protected FocusArea() {
    }

    public FocusArea(DevelopmentProgramme programme, String name, String goal, int sortOrder) {
        this.programme = programme;
        this.name = name;
        this.goal = goal;
        this.sortOrder = sortOrder;
    }

    public static FocusArea blankIn(DevelopmentProgramme programme, int sortOrder) {
        return new FocusArea(programme, null, null, sortOrder);
    }

    public DevelopmentProgramme getProgramme() {
        return programme;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    @Override
    public String toString() {
        return name;
    }
}
