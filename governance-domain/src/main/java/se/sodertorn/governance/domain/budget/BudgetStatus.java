package se.sodertorn.governance.domain.budget;

/** A budget revision is drafted, decided by SSK, and superseded when a later revision is decided. */
public enum BudgetStatus {
    DRAFT,
    DECIDED,
    SUPERSEDED
}
