package se.sodertorn.governance.ejb.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.DecisionAdoption;
import se.sodertorn.governance.domain.meeting.DecisionDraft;
import se.sodertorn.governance.domain.meeting.DecisionFilter;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Decisions on agenda items, their recommendation chain, the register, and KS adoptions. */
public interface DecisionService {

    Decision add(long itemId, @NotNull @Valid DecisionDraft draft);

    Decision change(long decisionId, int version, @NotNull @Valid DecisionDraft draft);

    void remove(long decisionId);

    DecisionChain chain(long decisionId);

    Page<Decision> register(@NotNull DecisionFilter filter, @NotNull PageRequest request);

    /** Recent recommendations made to the body, to link a decision to. */
    List<Decision> recommendationsTo(long bodyId);

    /** Records (or, with null, clears) the day a municipality's executive board adopted the decision. */
    DecisionAdoption recordAdoption(long adoptionId, int version, LocalDate adoptedOn);
}
