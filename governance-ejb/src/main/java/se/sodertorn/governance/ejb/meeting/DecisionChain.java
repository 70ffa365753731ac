package se.sodertorn.governance.ejb.meeting;

import java.util.List;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.DecisionAdoption;

/**
 * A decision with where it came from and where it went: the recommendation it follows, the decisions that follow
 * it, and the executive boards' adoptions of the decision that needed them.
 */
public record DecisionChain(Decision decision, Decision recommendation, List<Decision> followers,
        List<DecisionAdoption> adoptions, int municipalityCount) {

    public long adoptedCount() {
        return adoptions.stream().filter(DecisionAdoption::isAdopted).count();
    }
}
