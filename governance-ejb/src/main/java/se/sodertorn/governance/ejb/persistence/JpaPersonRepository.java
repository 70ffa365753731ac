package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.organisation.PersonRepository;
import se.sodertorn.governance.domain.plan.ResponsibleSortName;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Persons in the database. */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "firstName", "p.firstName", "lastName", "p.lastName", "title", "p.title",
            "email", "p.email", "affiliation", "mu.name");
    private static final String NAME_MATCHES = "(lower(p.firstName) like :pattern escape '\\'"
            + " or lower(p.lastName) like :pattern escape '\\'"
            + " or lower(concat(p.firstName, ' ', p.lastName)) like :pattern escape '\\')";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Person> find(long id) {
        return em.createQuery("select p from Person p left join fetch p.municipality where p.id = :id", Person.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Page<Person> page(PageRequest request) {
        String pattern = request.searchPattern();
        String where = pattern == null ? ""
                : NAME_MATCHES + " or lower(p.email) like :pattern escape '\\' or lower(mu.name) like :pattern escape '\\'";
        PagedQuery<Person> query = new PagedQuery<>(Person.class, "p", "Person p left join fetch p.municipality mu", where)
                .sortable(SORTABLE, "p.lastName, p.firstName, p.id");
        if (pattern != null) {
            query.parameter("pattern", pattern);
        }
        return query.fetch(em, request);
    }

    @Override
    public List<Person> suggest(String text, int limit) {
        String pattern = PageRequest.likePattern(text);
        if (pattern == null) {
            return em.createQuery("select p from Person p left join fetch p.municipality order by p.lastName, p.firstName",
                    Person.class).setMaxResults(limit).getResultList();
        }
        return em.createQuery("select p from Person p left join fetch p.municipality where " + NAME_MATCHES
                        + " order by p.lastName, p.firstName", Person.class)
                .setParameter("pattern", pattern).setMaxResults(limit).getResultList();
    }

    @Override
    public Person save(Person person) {
        boolean renaming = !person.isNew();
        Person saved = Saving.save(em, person);
        if (renaming) {
            ResponsibleSortNames.renew(em, "responsiblePerson", saved, ResponsibleSortName.of(saved));
        }
        return saved;
    }
}
