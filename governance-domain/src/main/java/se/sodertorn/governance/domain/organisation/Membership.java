package se.sodertorn.governance.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * A person's seat in a body for a term: the role held, the municipality represented (none for the
 * secretariat or guests), from a first day to an optional last day, both inclusive.
 */
@Entity
@Audited
public class Membership extends BaseEntity {

    @NotNull(message = "{membership.person.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Person person;

    @NotNull(message = "{membership.body.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Body body;

    @NotNull(message = "{membership.role.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    private Municipality municipality;

    @NotNull(message = "{membership.validFrom.required}")
    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    protected Membership() {
    }

    public Membership(Person person, Body body, MembershipRole role, Municipality municipality, LocalDate validFrom) {
        this.person = person;
        this.body = body;
        this.role = role;
        this.municipality = municipality;
        this.validFrom = validFrom;
    }

    /** Creates an empty membership of a body for a form to fill in, starting today. */
    public static Membership blankIn(Body body, LocalDate today) {
        Membership membership = new Membership();
        membership.body = body;
        membership.role = MembershipRole.MEMBER;
        membership.validFrom = today;
        return membership;
    }

    /** Whether the person sat in the body on the given day. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether this term shares at least one day with the term from {@code from} to {@code to} (open if null). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
        boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    /** Ends the term: {@code lastDay} is the last day the person sits in the body. */
    public void end(LocalDate lastDay) {
        if (lastDay == null) {
            throw new GovernanceException("membership.end.required");
        }
        if (lastDay.isBefore(validFrom)) {
            throw new GovernanceException("membership.end.beforeStart", validFrom.toString());
        }
        if (validTo != null && validTo.isBefore(lastDay)) {
            throw new GovernanceException("membership.end.alreadyEnded", validTo.toString());
        }
        this.validTo = lastDay;
    }

    public boolean isEnded(LocalDate today) {
        return validTo != null && validTo.isBefore(today);
    }

    @AssertTrue(message = "{membership.term.order}")
    public boolean isTermInOrder() {
        return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public Body getBody() {
        return body;
    }

    public void setBody(Body body) {
        this.body = body;
    }

    public MembershipRole getRole() {
        return role;
    }

    public void setRole(MembershipRole role) {
        this.role = role;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Municipality municipality) {
        this.municipality = municipality;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
