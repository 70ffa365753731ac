package se.sodertorn.governance.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.Text;

/**
 * Someone who sits in a body or works for the cooperation: a director, a politician, an officer of the
 * secretariat. The municipality is where the person works, if any.
 */
@Entity
@Audited
public class Person extends BaseEntity {

    @NotBlank(message = "{person.firstName.required}")
    @Size(max = 100, message = "{text.tooLong}")
    @Column(nullable = false, length = 100)
    private String firstName;

    @NotBlank(message = "{person.lastName.required}")
    @Size(max = 100, message = "{text.tooLong}")
    @Column(nullable = false, length = 100)
    private String lastName;

    @Size(max = 100, message = "{text.tooLong}")
    @Column(length = 100)
    private String title;

    @Email(message = "{person.email.invalid}")
    @Size(max = 200, message = "{text.tooLong}")
    @Column(length = 200)
    private String email;

    @Size(max = 200, message = "{text.tooLong}")
    @Column(length = 200)
    private String organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    private Municipality municipality;

    protected Person() {
    }

    public Person(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    /** Creates an empty person for a form to fill in. */
    public static Person blank() {
        return new Person();
    }

    /** "First Last", as names are written in minutes. */
    public String getFullName() {
        return firstName + " " + lastName;
    }

    /** Where the person belongs: the municipality's name, or the organisation's. */
    public String getAffiliation() {
        if (municipality != null) {
            return municipality.getName();
        }
        return organisation;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Text.strippedOrNull(email);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Municipality municipality) {
        this.municipality = municipality;
    }

    @Override
    public String toString() {
        return getFullName();
    }
}
