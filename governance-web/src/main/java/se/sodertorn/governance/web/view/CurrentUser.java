package se.sodertorn.governance.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.omnifaces.util.Faces;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.ejb.security.MyAccountService;
import se.sodertorn.governance.web.i18n.Texts;

/** What the logged-in user may do, for showing or hiding buttons; the services enforce it regardless. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @EJB
    private MyAccountService account;

    private static final String DISPLAY_NAME = "governance.displayName.";

    private String displayName;

    public String getName() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    /**
     * The user's name as people know it (their person's name), never only the login name when a person is linked.
     * Read once a session (kept under the login name), not on every page: a renamed person sees the new name at
     * the next login.
     */
    public String getDisplayName() {
        if (displayName == null && isLoggedIn()) {
            displayName = (String) Faces.getSessionMap().computeIfAbsent(DISPLAY_NAME + getName(),
                    key -> account.displayName());
        }
        return displayName;
    }

    /** "Inloggad som …" with the display name, in the page's language; empty when no one is logged in. */
    public String getLoggedInAs() {
        return isLoggedIn() ? Texts.format(Faces.getLocale(), "nav.loggedInAs", getDisplayName()) : "";
    }

    /** The address of the page being shown, with its parameters, e.g. to come back to it after a language switch. */
    public String getCurrentAddress() {
        return Faces.getRequestURIWithQueryString();
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** Whether the user keeps the register, plans and meetings. */
    public boolean isEditor() {
        return security.isCallerInRole(Roles.SECRETARIAT) || isAdmin();
    }

    /** Whether the user may download follow-ups: the directors, the secretariat and admin. */
    public boolean isReader() {
        return isEditor() || security.isCallerInRole(Roles.DIRECTOR);
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Roles.ADMIN);
    }
}
