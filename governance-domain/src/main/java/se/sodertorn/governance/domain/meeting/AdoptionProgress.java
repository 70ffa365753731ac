package se.sodertorn.governance.domain.meeting;

/**
 * How far a decision that needs adopting by each municipality's executive board (KS) has come.
 *
 * @param decision the decision
 * @param adopted  the executive boards that have adopted it
 * @param total    the executive boards that are to adopt it
 */
public record AdoptionProgress(Decision decision, long adopted, long total) {
}
