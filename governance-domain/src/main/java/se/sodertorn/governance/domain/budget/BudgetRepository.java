package se.sodertorn.governance.domain.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored budgets, their lines, outcome and the populations contributions are split by. */
public interface BudgetRepository {

    Optional<Budget> find(long id);

    /** The year's budget that counts: the decided revision, or before any decision the latest draft. */
    Optional<Budget> current(int year);

    /** All revisions of the year, newest first. */
    List<Budget> revisions(int year);

    Budget save(Budget budget);

    /** The budget's lines, income first, then by category, focus area and description. */
    List<BudgetLine> lines(long budgetId);

    Optional<BudgetLine> findLine(long id);

    BudgetLine save(BudgetLine line);

    void remove(BudgetLine line);

    OutcomeEntry save(OutcomeEntry entry);

    /** Booked outcome per line id, summed in the database. */
    Map<Long, BigDecimal> outcomeByLine(long budgetId);

    /** The populations per municipality of the year, or of the latest year before it that has any; by name. */
    List<MunicipalityPopulation> populations(int year);

    MunicipalityPopulation save(MunicipalityPopulation population);
}
