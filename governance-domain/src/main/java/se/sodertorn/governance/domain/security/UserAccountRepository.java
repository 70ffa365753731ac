package se.sodertorn.governance.domain.security;

import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Stored user accounts. */
public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByUsername(String username);

    Page<UserAccount> page(PageRequest request);

    /** How many enabled accounts hold the role. */
    long countEnabledWithRole(Role role);

    UserAccount save(UserAccount account);

    /** The enabled account that belongs to the person, if there is one (the first by user name). */
    Optional<UserAccount> findByPerson(long personId);

    /** The people whose enabled accounts hold the role and who have an e-mail address. */
    List<Person> reachablePeopleWithRole(Role role);
}
