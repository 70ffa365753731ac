package se.sodertorn.governance.domain.meeting;

import java.util.Optional;

/** Stored chair rotations, one per body. */
public interface ChairRotationRepository {

    Optional<ChairRotation> ofBody(long bodyId);

    ChairRotation save(ChairRotation rotation);
}
