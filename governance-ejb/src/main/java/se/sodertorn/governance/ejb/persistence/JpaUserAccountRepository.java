package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.security.Role;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** User accounts in the database. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    private static final Map<String, String> SORTABLE = Map.of("username", "u.username", "enabled", "u.enabled");

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return em.createQuery("select u from UserAccount u left join fetch u.person where u.id = :id", UserAccount.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u left join fetch u.person where u.username = :username",
                UserAccount.class).setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public Page<UserAccount> page(PageRequest request) {
        String pattern = request.searchPattern();
        String where = pattern == null ? "" : "lower(u.username) like :pattern escape '\\'";
        PagedQuery<UserAccount> query = new PagedQuery<>(UserAccount.class, "u",
                "UserAccount u left join fetch u.person", where).sortable(SORTABLE, "u.username");
        if (pattern != null) {
            query.parameter("pattern", pattern);
        }
        return query.fetch(em, request);
    }

    @Override
    public long countEnabledWithRole(Role role) {
        return em.createQuery("select count(u) from UserAccount u where u.enabled = true and :role member of u.roles",
                Long.class).setParameter("role", role).getSingleResult();
    }

    @Override
    public UserAccount save(UserAccount account) {
        return Saving.save(em, account);
    }

    @Override
    public Optional<UserAccount> findByPerson(long personId) {
        return em.createQuery("select u from UserAccount u join fetch u.person p where p.id = :person"
                        + " and u.enabled = true order by u.username", UserAccount.class)
                .setParameter("person", personId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Person> reachablePeopleWithRole(Role role) {
        return em.createQuery("select distinct p from UserAccount u join u.person p where u.enabled = true"
                + " and :role member of u.roles and p.email is not null order by p.id", Person.class)
                .setParameter("role", role).getResultList();
    }
}
