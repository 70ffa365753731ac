package se.sodertorn.governance.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.Text;

/** A group that meets: LG, SSK, a network, or an external body such as StorSthlm. */
@Entity
@Audited
public class Body extends BaseEntity {

    @NotBlank(message = "{body.shortName.required}")
    @Size(max = 20, message = "{text.tooLong}")
    @Column(nullable = false, unique = true, length = 20)
    private String shortName;

    @NotBlank(message = "{body.name.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull(message = "{body.kind.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private BodyKind kind;

    @Size(max = 1000, message = "{text.tooLong}")
    @Column(length = 1000)
    private String description;

    @Size(max = 200, message = "{text.tooLong}")
    @Column(length = 200)
    private String formalName;

    protected Body() {
    }

    public Body(String shortName, String name, BodyKind kind) {
        this.shortName = shortName;
        this.name = name;
        this.kind = kind;
    }

    /** Creates an empty body for a form to fill in. */
    public static Body blank() {
        return new Body();
    }

    /**
     * The name documents such as minutes are headed with: the formal name ("Södertörnskommunernas
     * ledningsgrupp") when one is recorded, otherwise the everyday name ("Ledningsgruppen").
     */
    public String getFullName() {
        return formalName == null || formalName.isBlank() ? name : formalName;
    }

    public boolean isExternal() {
        return kind == BodyKind.EXTERNAL;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BodyKind getKind() {
        return kind;
    }

    public void setKind(BodyKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getFormalName() {
        return formalName;
    }

    public void setFormalName(String formalName) {
        this.formalName = Text.strippedOrNull(formalName);
    }

    @Override
    public String toString() {
        return shortName;
    }
}
