package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.DecisionAdoption;
import se.sodertorn.governance.domain.meeting.DecisionDraft;
import se.sodertorn.governance.domain.meeting.DecisionFilter;
import se.sodertorn.governance.domain.meeting.DecisionRepository;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.organisation.MunicipalityRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Default {@link DecisionService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
public class DecisionServiceBean implements DecisionService {

    private static final int RECOMMENDATIONS_SHOWN = 50;

    @Inject
    private DecisionRepository decisions;
    @Inject
    private MeetingRepository meetings;
    @Inject
    private BodyRepository bodies;
    @Inject
    private MunicipalityRepository municipalities;

    @Override
    public Decision add(long itemId, DecisionDraft draft) {
        AgendaItem item = meetings.item(itemId).orElseThrow(() -> new NotFoundException("agendaItem", itemId));
        item.getMeeting().ensureRecordOpen();
        Decision decision = new Decision(item, draft.getText());
        apply(decision, draft);
        Decision saved = decisions.save(decision);
        adoptions(saved);
        return saved;
    }

    @Override
    public Decision change(long decisionId, int version, DecisionDraft draft) {
        Decision decision = decision(decisionId);
        decision.checkVersion(version);
        apply(decision, draft);
        Decision saved = decisions.save(decision);
        adoptions(saved);
        return saved;
    }

    private void apply(Decision decision, DecisionDraft draft) {
        Body recommendedTo = draft.getRecommendedToId() == null ? null : bodies.find(draft.getRecommendedToId())
                .orElseThrow(() -> new NotFoundException("body", draft.getRecommendedToId()));
        Decision recommendation = draft.getFollowsRecommendationId() == null ? null
                : decision(draft.getFollowsRecommendationId());
        decision.rewrite(draft.getText(), recommendedTo, recommendation, draft.isNeedsAdoption());
    }

    /** A decision that needs adopting gets one line per municipality; one that no longer does loses its lines. */
    private void adoptions(Decision decision) {
        List<DecisionAdoption> existing = decisions.adoptions(decision.getId());
        if (decision.isNeedsAdoption() && existing.isEmpty()) {
            municipalities.listByName().forEach(m -> decisions.saveAdoption(new DecisionAdoption(decision, m)));
        } else if (!decision.isNeedsAdoption() && !existing.isEmpty()) {
            if (existing.stream().anyMatch(DecisionAdoption::isAdopted)) {
                throw new GovernanceException("decision.adoptionsRecorded");
            }
            decisions.removeAdoptions(decision.getId());
        }
    }

    @Override
    public void remove(long decisionId) {
        Decision decision = decision(decisionId);
        decision.getMeeting().ensureRecordOpen();
        if (!decisions.following(decisionId).isEmpty()) {
            throw new GovernanceException("decision.followed");
        }
        if (decisions.adoptions(decisionId).stream().anyMatch(DecisionAdoption::isAdopted)) {
            throw new GovernanceException("decision.adoptionsRecorded");
        }
        decisions.removeAdoptions(decisionId);
        decisions.remove(decision);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
    public DecisionChain chain(long decisionId) {
        Decision decision = decision(decisionId);
        Decision recommendation = decision.getFollowsRecommendation() == null ? null
                : decision(decision.getFollowsRecommendation().getId());
        return new DecisionChain(decision, recommendation, decisions.following(decisionId),
                decisions.adoptions(decisionId), municipalities.listByName().size());
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
    public Page<Decision> register(DecisionFilter filter, PageRequest request) {
        return decisions.search(filter, request);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
    public List<Decision> recommendationsTo(long bodyId) {
        return decisions.recommendationsTo(bodyId, RECOMMENDATIONS_SHOWN);
    }

    @Override
    public DecisionAdoption recordAdoption(long adoptionId, int version, LocalDate adoptedOn) {
        DecisionAdoption adoption = decisions.adoption(adoptionId)
                .orElseThrow(() -> new NotFoundException("adoption", adoptionId));
        adoption.checkVersion(version);
        if (adoptedOn != null && adoptedOn.isAfter(LocalDate.now())) {
            throw new GovernanceException("decision.adoptionInFuture");
        }
        adoption.adoptedOn(adoptedOn);
        return decisions.saveAdoption(adoption);
    }

    private Decision decision(long decisionId) {
        return decisions.find(decisionId).orElseThrow(() -> new NotFoundException("decision", decisionId));
    }
}
