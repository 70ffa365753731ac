package se.sodertorn.governance.domain.budget;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.sodertorn.governance.domain.organisation.Municipality;

/** Stored budgets, their lines, outcome and the populations contributions are split by. */
public interface BudgetRepository {

    Optional<Budget> find(long id);

    /** The year's budget that counts: the decided revision, or before any decision the latest draft. */
    Optional<Budget> current(int year);

    /**
     * The status of each year's budget that counts (see {@link #current}), for those of the years that have a
     * budget; one query, bounded by the years asked for.
     */
    Map<Integer, BudgetStatus> currentStatuses(Collection<Integer> years);

    /** All revisions of the year, newest first. */
    List<Budget> revisions(int year);

    Budget save(Budget budget);

    /** The budget's lines, income first, then by category, focus area and description. */
    List<BudgetLine> lines(long budgetId);

    Optional<BudgetLine> findLine(long id);

    BudgetLine save(BudgetLine line);

    void remove(BudgetLine line);

    /** Whether outcome is booked on the line (in this or any other revision). */
    boolean hasOutcome(BudgetLine line);

    OutcomeEntry save(OutcomeEntry entry);

    /**
     * Booked outcome of the year per line key, summed in the database: a line keeps its key through revisions,
     * so what was booked on an earlier revision counts for the later ones too.
     */
    Map<String, BigDecimal> outcomeByLineKey(int year);

    /** Each municipality's latest population on or before the year, by municipality name. */
    List<MunicipalityPopulation> populations(int year);

    MunicipalityPopulation save(MunicipalityPopulation population);

    /** Keeps the municipality's current figure as its population of that year, replacing an earlier one. */
    void recordPopulation(Municipality municipality);
}
