package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.sodertorn.governance.domain.budget.Budget;
import se.sodertorn.governance.domain.budget.BudgetLine;
import se.sodertorn.governance.domain.budget.BudgetRepository;
import se.sodertorn.governance.domain.budget.BudgetStatus;
import se.sodertorn.governance.domain.budget.MunicipalityPopulation;
import se.sodertorn.governance.domain.budget.OutcomeEntry;
import se.sodertorn.governance.domain.organisation.Municipality;

/** Budgets, lines, outcome and populations in the database. */
@ApplicationScoped
public class JpaBudgetRepository implements BudgetRepository {

    private static final int BOUND = 1000;
    /** Leaves out superseded revisions and puts the one that counts first: the decided one, else the latest draft. */
    private static final String CURRENT_FIRST = " and b.status <> :superseded"
            + " order by case when b.status = :decided then 0 else 1 end, b.revision desc";
    private static final Comparator<BudgetLine> LINE_ORDER = Comparator
            .comparing((BudgetLine l) -> !l.isIncome())
            .thenComparing(l -> l.getCategory().ordinal())
            .thenComparing(l -> l.getFocusArea() == null ? Integer.MAX_VALUE : l.getFocusArea().getSortOrder())
            .thenComparing(BudgetLine::getDescription);

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Budget> find(long id) {
        return em.createQuery("select b from Budget b join fetch b.plan where b.id = :id", Budget.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Budget> current(int year) {
        return currentFirst(em.createQuery("select b from Budget b join fetch b.plan where b.budgetYear = :year"
                + CURRENT_FIRST, Budget.class)).setParameter("year", year)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Map<Integer, BudgetStatus> currentStatuses(Collection<Integer> years) {
        Map<Integer, BudgetStatus> statuses = new HashMap<>();
        if (years.isEmpty()) {
            return statuses;
        }
        currentFirst(em.createQuery("select b.budgetYear, b.status from Budget b where b.budgetYear in :years"
                + CURRENT_FIRST, Object[].class)).setParameter("years", years).setMaxResults(BOUND)
                .getResultStream().forEach(row -> statuses.putIfAbsent((Integer) row[0], (BudgetStatus) row[1]));
        return statuses;
    }

    /** Binds the parameters of {@link #CURRENT_FIRST}. */
    private static <T> TypedQuery<T> currentFirst(TypedQuery<T> query) {
        return query.setParameter("superseded", BudgetStatus.SUPERSEDED).setParameter("decided", BudgetStatus.DECIDED);
    }

    @Override
    public List<Budget> revisions(int year) {
        return em.createQuery("select b from Budget b join fetch b.plan where b.budgetYear = :year"
                + " order by b.revision desc", Budget.class).setParameter("year", year).setMaxResults(100).getResultList();
    }

    @Override
    public Budget save(Budget budget) {
        return Saving.save(em, budget);
    }

    @Override
    public List<BudgetLine> lines(long budgetId) {
        return em.createQuery("select l from BudgetLine l join fetch l.budget left join fetch l.focusArea fa"
                        + " left join fetch l.activity where l.budget.id = :budget", BudgetLine.class)
                .setParameter("budget", budgetId).setMaxResults(BOUND).getResultStream()
                .sorted(LINE_ORDER).toList();
    }

    @Override
    public Optional<BudgetLine> findLine(long id) {
        return em.createQuery("select l from BudgetLine l join fetch l.budget b join fetch b.plan"
                        + " left join fetch l.focusArea left join fetch l.activity where l.id = :id", BudgetLine.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public BudgetLine save(BudgetLine line) {
        return Saving.save(em, line);
    }

    @Override
    public void remove(BudgetLine line) {
        em.remove(em.contains(line) ? line : em.merge(line));
        em.flush();
    }

    @Override
    public boolean hasOutcome(BudgetLine line) {
        return !em.createQuery("select o.id from OutcomeEntry o join o.line l where l.lineKey = :key", Long.class)
                .setParameter("key", line.getLineKey()).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public OutcomeEntry save(OutcomeEntry entry) {
        return Saving.save(em, entry);
    }

    @Override
    public Map<String, BigDecimal> outcomeByLineKey(int year) {
        Map<String, BigDecimal> sums = new HashMap<>();
        em.createQuery("select l.lineKey, sum(o.amount) from OutcomeEntry o join o.line l"
                        + " where l.budget.budgetYear = :year group by l.lineKey", Object[].class)
                .setParameter("year", year).getResultStream()
                .forEach(row -> sums.put((String) row[0], (BigDecimal) row[1]));
        return sums;
    }

    @Override
    public List<MunicipalityPopulation> populations(int year) {
        return em.createQuery("select p from MunicipalityPopulation p join fetch p.municipality m"
                        + " where p.populationYear = (select max(q.populationYear) from MunicipalityPopulation q"
                        + " where q.municipality = p.municipality and q.populationYear <= :year) order by m.name",
                        MunicipalityPopulation.class)
                .setParameter("year", year).setMaxResults(BOUND).getResultList();
    }

    @Override
    public void recordPopulation(Municipality municipality) {
        int year = municipality.getPopulationDate().getYear();
        em.createQuery("select p from MunicipalityPopulation p where p.municipality = :m and p.populationYear = :year",
                        MunicipalityPopulation.class)
                .setParameter("m", municipality).setParameter("year", year).getResultStream().findFirst()
                .ifPresentOrElse(
                        known -> known.correct(municipality.getPopulationDate(), municipality.getPopulation()),
                        () -> save(new MunicipalityPopulation(municipality, municipality.getPopulationDate(),
                                municipality.getPopulation())));
    }

    @Override
    public MunicipalityPopulation save(MunicipalityPopulation population) {
        return Saving.save(em, population);
    }
}
