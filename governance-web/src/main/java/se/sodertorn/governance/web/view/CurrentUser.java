package se.sodertorn.governance.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import se.sodertorn.governance.domain.security.Roles;

/** What the logged-in user may do, for showing or hiding buttons; the services enforce it regardless. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    public String getName() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
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
