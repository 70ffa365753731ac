package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
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

/** Budgets, lines, outcome and populations in the database. */
@ApplicationScoped
public class JpaBudgetRepository implements BudgetRepository {

    private static final int BOUND = 1000;

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Budget> find(long id) {
        return em.createQuery("select b from Budget b join fetch b.plan where b.id = :id", Budget.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Budget> current(int year) {
        return em.createQuery("select b from Budget b join fetch b.plan where b.budgetYear = :year"
                        + " and b.status <> :superseded"
                        + " order by case when b.status = :decided then 0 else 1 end, b.revision desc", Budget.class)
                .setParameter("year", year).setParameter("superseded", BudgetStatus.SUPERSEDED)
                .setParameter("decided", BudgetStatus.DECIDED)
                .setMaxResults(1).getResultStream().findFirst();
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
        return em.createQuery("select l from BudgetLine l left join fetch l.focusArea fa left join fetch l.activity"
                        + " where l.budget.id = :budget order by l.category, fa.sortOrder, l.description, l.id",
                        BudgetLine.class)
                .setParameter("budget", budgetId).setMaxResults(BOUND).getResultList();
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
        em.createQuery("delete from OutcomeEntry o where o.line.id = :line").setParameter("line", line.getId())
                .executeUpdate();
        em.remove(em.contains(line) ? line : em.merge(line));
        em.flush();
    }

    @Override
    public OutcomeEntry save(OutcomeEntry entry) {
        return Saving.save(em, entry);
    }

    @Override
    public Map<Long, BigDecimal> outcomeByLine(long budgetId) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        em.createQuery("select o.line.id, sum(o.amount) from OutcomeEntry o where o.line.budget.id = :budget"
                        + " group by o.line.id", Object[].class)
                .setParameter("budget", budgetId).getResultStream()
                .forEach(row -> sums.put((Long) row[0], (BigDecimal) row[1]));
        return sums;
    }

    @Override
    public List<MunicipalityPopulation> populations(int year) {
        Integer latest = em.createQuery("select max(p.populationYear) from MunicipalityPopulation p"
                + " where p.populationYear <= :year", Integer.class).setParameter("year", year).getSingleResult();
        if (latest == null) {
            return List.of();
        }
        return em.createQuery("select p from MunicipalityPopulation p join fetch p.municipality m"
                        + " where p.populationYear = :year order by m.name", MunicipalityPopulation.class)
                .setParameter("year", latest).setMaxResults(BOUND).getResultList();
    }

    @Override
    public MunicipalityPopulation save(MunicipalityPopulation population) {
        return Saving.save(em, population);
    }
}
