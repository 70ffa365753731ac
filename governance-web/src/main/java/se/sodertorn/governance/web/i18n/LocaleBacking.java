package se.sodertorn.governance.web.i18n;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Locale;
import org.omnifaces.util.Faces;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.ejb.security.MyAccountService;
import se.sodertorn.governance.web.security.GovernanceAuthenticationMechanism;

/**
 * The language of the user's session: the language remembered on the user's account once they are logged in
 * (Swedish until they choose English), switched by {@link LanguageServlet}.
 */
@Named("language")
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Inject
    private HttpServletRequest request;
    @EJB
    private MyAccountService account;

    private Locale locale = SWEDISH;
    private boolean accountRead;

    /**
     * The session's language; the first time it is asked for after login, the account's remembered choice. In the
     * login request itself the account is not readable yet (the identity reaches the services from the next
     * request on), so it is read then.
     */
    public Locale getLocale() {
        if (!accountRead && isLoggedIn() && !isLoginRequest()) {
            accountRead = true;
            locale = localeOf(account.language());
        }
        return locale;
    }

    /**
     * Whether a user is logged in. (Not the caller principal of Jakarta Security: on the public pages a visitor has
     * the container's anonymous one, whom the services refuse.)
     */
    private boolean isLoggedIn() {
        return request.getUserPrincipal() != null;
    }

    private static boolean isLoginRequest() {
        return Faces.getContext() != null
                && GovernanceAuthenticationMechanism.LOGIN_PAGE.equals(Faces.getRequestServletPath());
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    public boolean isSwedish() {
        return SWEDISH.getLanguage().equals(getLocale().getLanguage());
    }

    /** The tag of the other language, the one the switch offers: {@code en} or {@code sv}. */
    public String getOtherTag() {
        return isSwedish() ? UserAccount.ENGLISH : UserAccount.SWEDISH;
    }

    /** Switches to the language ({@code sv} or {@code en}) and remembers it on the account of a logged-in user. */
    public void choose(String tag) {
        locale = localeOf(tag);
        accountRead = true;
        if (isLoggedIn()) {
            account.chooseLanguage(locale.getLanguage());
        }
    }

    private static Locale localeOf(String tag) {
        return UserAccount.ENGLISH.equals(tag) ? Locale.ENGLISH : SWEDISH;
    }
}
