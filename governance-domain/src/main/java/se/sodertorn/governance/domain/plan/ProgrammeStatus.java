package se.sodertorn.governance.domain.plan;

/** Where a development programme stands: being drafted, adopted by SSK, or replaced by a successor. */
public enum ProgrammeStatus {
    DRAFT,
    ADOPTED,
    REPLACED
}
