package se.sodertorn.governance.ejb.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import se.sodertorn.governance.domain.security.Role;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Default {@link UserAccountService}. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserAccountServiceBean implements UserAccountService {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing hashing;
    @Inject
    private ApiTokenCache apiTokens;

    @Override
    public Page<UserAccount> page(PageRequest request) {
        return accounts.page(request);
    }

    @Override
    public UserAccount find(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    @Override
    public UserAccount create(UserAccount account, String password) {
        if (!account.isNew()) {
            throw new IllegalArgumentException("account exists already");
        }
        accounts.findByUsername(account.getUsername()).ifPresent(existing -> {
            throw new GovernanceException("user.usernameTaken", account.getUsername());
        });
        account.changePasswordHash(hashing.hash(password));
        return accounts.save(account);
    }

    @Override
    public UserAccount update(UserAccount account) {
        UserAccount stored = find(account.getId());
        stored.checkVersion(account.getVersion());
        boolean losesLastAdmin = stored.hasRole(Role.ADMIN) && (!account.hasRole(Role.ADMIN) || !account.isEnabled());
        if (losesLastAdmin && countEnabledAdmins() <= 1) {
            throw new GovernanceException("user.lastAdmin");
        }
        stored.setRoles(account.getRoles());
        stored.setEnabled(account.isEnabled());
        stored.setPerson(account.getPerson());
        apiTokens.forgetAll();
        return accounts.save(stored);
    }

    private long countEnabledAdmins() {
        return accounts.countEnabledWithRole(Role.ADMIN);
    }

    @Override
    public UserAccount resetPassword(long accountId, String newPassword, int expectedVersion) {
        UserAccount stored = find(accountId);
        stored.checkVersion(expectedVersion);
        stored.changePasswordHash(hashing.hash(newPassword));
        return accounts.save(stored);
    }
}
