package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * The order in which the municipalities hold a body's chair, one year each from the first year; the vice chair
 * is the municipality next in turn. Kept as the municipalities' official codes in order.
 */
@Entity
@Audited
public class ChairRotation extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Body body;

    @Column(nullable = false)
    private int firstYear;

    @Column(nullable = false, length = 200)
    private String municipalityCodes;

    protected ChairRotation() {
    }

    public ChairRotation(Body body, int firstYear, List<String> codes) {
        this.body = body;
        reorder(firstYear, codes);
    }

    /** Sets a new order from a first year; each municipality at most once, at least two. */
    public void reorder(int newFirstYear, List<String> codes) {
        if (codes == null || codes.size() < 2) {
            throw new GovernanceException("chairRotation.tooFew");
        }
        if (new HashSet<>(codes).size() != codes.size()) {
            throw new GovernanceException("chairRotation.duplicate");
        }
        if (newFirstYear < 2000 || newFirstYear > 2100) {
            throw new GovernanceException("meetingPlan.yearOutOfRange", newFirstYear);
        }
        firstYear = newFirstYear;
        municipalityCodes = String.join(",", codes);
    }

    public List<String> getOrder() {
        return Arrays.asList(municipalityCodes.split(","));
    }

    /** The code of the municipality whose turn it is to chair that year. */
    public String chairIn(int year) {
        return turn(year, 0);
    }

    /** The code of the municipality whose turn it is to be vice chair that year. */
    public String viceChairIn(int year) {
        return turn(year, 1);
    }

    private String turn(int year, int offset) {
        List<String> order = getOrder();
        return order.get(Math.floorMod(year - firstYear + offset, order.size()));
    }

    public Body getBody() {
        return body;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public String getMunicipalityCodes() {
        return municipalityCodes;
    }
}
