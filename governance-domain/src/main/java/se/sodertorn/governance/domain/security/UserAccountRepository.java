package se.sodertorn.governance.domain.security;

import java.util.Optional;
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
}
