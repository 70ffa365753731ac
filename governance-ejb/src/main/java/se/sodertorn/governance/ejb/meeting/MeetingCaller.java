package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;

/** Who is calling a meeting service: the user name and the person in the register the account belongs to. */
@Stateless
public class MeetingCaller {

    @Resource
    private SessionContext session;
    @Inject
    private UserAccountRepository accounts;

    public String username() {
        return session.getCallerPrincipal().getName();
    }

    public Optional<Person> person() {
        return accounts.findByUsername(username()).map(UserAccount::getPerson);
    }

    /** The caller's name as people know it: their person's name, or the user name for an account without one. */
    public String displayName() {
        return accounts.findByUsername(username()).map(UserAccount::getDisplayName).orElse(username());
    }
}
