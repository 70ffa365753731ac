package se.sodertorn.governance.ejb.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;

/** Default {@link MyAccountService}: works only on the caller's own account. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class MyAccountServiceBean implements MyAccountService {

    @Resource
    private SessionContext session;
    @Inject
    private UserAccountRepository accounts;

    @Override
    public String language() {
        return me().map(UserAccount::getLanguage).orElse(UserAccount.SWEDISH);
    }

    @Override
    public void chooseLanguage(String tag) {
        me().ifPresent(account -> {
            account.chooseLanguage(tag);
            accounts.save(account);
        });
    }

    @Override
    public String displayName() {
        return me().map(UserAccount::getDisplayName).orElse(session.getCallerPrincipal().getName());
    }

    @Override
    public Person person() {
        return me().map(UserAccount::getPerson).orElse(null);
    }

    private Optional<UserAccount> me() {
        return accounts.findByUsername(session.getCallerPrincipal().getName());
    }
}
