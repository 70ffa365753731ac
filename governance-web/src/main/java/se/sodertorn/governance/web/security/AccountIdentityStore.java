package se.sodertorn.governance.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import se.sodertorn.governance.ejb.security.Authenticator;

/**
 * The users of the login and the API: accounts in the application's own tables, checked by {@link Authenticator}
 * (PBKDF2, the same work for unknown names), and slowed down by {@link LoginThrottle} — while a user name or
 * address must wait, no password is tried at all.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    private Authenticator authenticator;
    @Inject
    private LoginThrottle throttle;
    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        String address = request.getRemoteAddr();
        if (!throttle.waitFor(username, address).isZero()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Set<String>> roles = authenticator.verify(username, login.getPasswordAsString());
        if (roles.isEmpty()) {
            throttle.failed(username, address);
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.succeeded(username);
        return new CredentialValidationResult(username, roles.get());
    }
}
