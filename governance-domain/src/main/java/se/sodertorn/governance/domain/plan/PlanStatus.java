package se.sodertorn.governance.domain.plan;

/** An activity plan is drafted, adopted (and followed up through the year), then closed. */
public enum PlanStatus {
    DRAFT,
    ADOPTED,
    CLOSED
}
