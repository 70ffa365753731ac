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
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.security.GovernanceAuthenticationMechanism;

/** The login form: hands the credential to the container and goes on to the page first asked for. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext security;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        ExternalContext external = Faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip().toLowerCase(Locale.ROOT), password)));
        switch (status) {
            case SUCCESS -> Faces.redirect(nextPage());
            case SEND_CONTINUE -> Faces.responseComplete();
            default -> {
                Faces.getContext().getExternalContext().setResponseStatus(HttpServletResponse.SC_OK);
                Messages.addGlobalError(Texts.format(Faces.getLocale(), "login.failed"));
            }
        }
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
