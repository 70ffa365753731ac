package se.sodertorn.governance.domain.meeting;

import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Stored decisions and their adoptions by the municipalities' executive boards. */
public interface DecisionRepository {

    Optional<Decision> find(long id);

    Decision save(Decision decision);

    void remove(Decision decision);

    /** The decisions of a meeting, by item, with the recommendation each follows. */
    List<Decision> ofMeeting(long meetingId);

    /** The register: newest meeting first unless sorted otherwise. */
    Page<Decision> search(DecisionFilter filter, PageRequest request);

    /** Decisions that follow the given recommendation. */
    List<Decision> following(long recommendationId);

    /** Recommendations to the body, newest first, for linking a decision to the recommendation it follows. */
    List<Decision> recommendationsTo(long bodyId, int limit);

    List<DecisionAdoption> adoptions(long decisionId);

    /** Decisions that some executive board has yet to adopt, most recent first, with how many have. */
    Page<AdoptionProgress> awaitingAdoption(int limit);

    Optional<DecisionAdoption> adoption(long adoptionId);

    DecisionAdoption saveAdoption(DecisionAdoption adoption);

    void removeAdoptions(long decisionId);
}
