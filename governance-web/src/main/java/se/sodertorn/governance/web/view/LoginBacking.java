package se.sodertorn.governance.web.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.security.GovernanceAuthenticationMechanism;
import se.sodertorn.governance.web.security.LoginThrottle;

/**
 * The login form: hands the credential to the container, gives the session a new id (an id known before the login
 * is worth nothing after it) and goes on to the page first asked for.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext security;
    @Inject
    private LoginThrottle throttle;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        ExternalContext external = Faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String caller = username.strip().toLowerCase(Locale.ROOT);
        if (mustWait(caller, request)) {
            return;
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(caller, password)));
        switch (status) {
            case SUCCESS -> {
                ((HttpServletRequest) external.getRequest()).changeSessionId();
                Faces.redirect(nextPage());
            }
            case SEND_CONTINUE -> Faces.responseComplete();
            default -> {
                Faces.getContext().getExternalContext().setResponseStatus(HttpServletResponse.SC_OK);
                if (!mustWait(caller, request)) {
                    Messages.addGlobalError(Texts.format(Faces.getLocale(), "login.failed"));
                }
            }
        }
    }

    /** Whether the user name or address must wait after failed logins; if so, the page says for how long. */
    private boolean mustWait(String caller, HttpServletRequest request) {
        Duration wait = throttle.waitFor(caller, request.getRemoteAddr());
        if (wait.isZero()) {
            return false;
        }
        Messages.addGlobalError(Texts.format(Faces.getLocale(), "login.throttled",
                Math.max(1, (wait.toSeconds() + 59) / 60)));
        return true;
    }

    public void logout() throws IOException, jakarta.servlet.ServletException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect(Faces.getRequestContextPath() + GovernanceAuthenticationMechanism.LOGIN_PAGE);
    }

    private static String nextPage() {
        String original = Faces.getSessionAttribute(GovernanceAuthenticationMechanism.ORIGINAL_REQUEST);
        Faces.removeSessionAttribute(GovernanceAuthenticationMechanism.ORIGINAL_REQUEST);
        String contextPath = Faces.getRequestContextPath();
        boolean ours = original != null && original.startsWith(contextPath + "/") && !original.startsWith("//")
                && !original.contains(GovernanceAuthenticationMechanism.LOGIN_PAGE);
        return ours ? original : contextPath + "/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
