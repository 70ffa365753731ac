package se.sodertorn.governance.ejb.meeting;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.meeting.ChairRotation;

/** The order in which municipalities chair a body, and the proposals it gives for the coming years. */
public interface ChairRotationService {

    Optional<ChairRotation> rotation(long bodyId);

    /** Sets the order (municipality codes) from a first year. */
    ChairRotation save(long bodyId, int firstYear, @NotNull List<String> municipalityCodes);

    /** The turns of the given years, with the actual holders where memberships record them. */
    List<ChairTurn> turns(long bodyId, int fromYear, int years);
}
