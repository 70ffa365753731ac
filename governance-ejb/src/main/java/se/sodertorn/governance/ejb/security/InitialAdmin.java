package se.sodertorn.governance.ejb.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Logger;
import se.sodertorn.governance.domain.security.Role;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;

/**
 * On a production server, creates the first {@code admin} account from the environment variable
 * {@code GOVERNANCE_ADMIN_PASSWORD} when no enabled admin exists yet; admin then creates everyone else.
 */
@Singleton
@Startup
public class InitialAdmin {

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing hashing;

    @PostConstruct
    void createIfMissing() {
        String password = System.getenv("GOVERNANCE_ADMIN_PASSWORD");
        if (password == null || password.isBlank() || accounts.countEnabledWithRole(Role.ADMIN) > 0
                || accounts.findByUsername("admin").isPresent()) {
            return;
        }
        accounts.save(new UserAccount("admin", hashing.hash(password), EnumSet.of(Role.ADMIN)));
        LOG.info("Created the first admin account 'admin' from GOVERNANCE_ADMIN_PASSWORD");
    }
}
