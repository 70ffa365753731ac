package se.sodertorn.governance.domain.budget;

/** How the members' total contribution is split among the municipalities in a year. */
public enum ContributionRule {
    /** In proportion to population on the reference date. */
    POPULATION,
    /** The same for every municipality. */
    EQUAL,
    /** A fixed part of the total split equally, the rest in proportion to population. */
    FIXED_PLUS_POPULATION
}
