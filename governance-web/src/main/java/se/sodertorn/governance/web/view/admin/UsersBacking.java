package se.sodertorn.governance.web.view.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.sodertorn.governance.domain.security.Role;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.ejb.security.ApiTokenInfo;
import se.sodertorn.governance.ejb.security.ApiTokenService;
import se.sodertorn.governance.ejb.security.UserAccountService;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.faces.PagedLazyModel;
import se.sodertorn.governance.web.view.Feedback;

/**
 * {@code /admin/users.xhtml}: user accounts; admin creates them, sets roles, disables them, resets passwords, and sees
 * and revokes an account's personal API tokens.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserAccountService accounts;
    @EJB
    private ApiTokenService apiTokens;

    private final PagedLazyModel<UserAccount> model = new PagedLazyModel<>(request -> accounts.page(request));
    private UserAccount selected;
    private String password;
    private UserAccount tokenAccount;
    private List<ApiTokenInfo> tokens;

    public void add() {
        selected = UserAccount.blank();
        selected.setRoles(Set.of(Role.MEMBER));
        password = null;
    }

    public void edit(long id) {
        selected = accounts.find(id);
        password = null;
    }

    public void save() {
        UserAccount saved = selected.isNew() ? accounts.create(selected, password) : accounts.update(selected);
        done(saved);
    }

    /** Sets the typed password; saving an existing account leaves its password alone. */
    public void resetPassword() {
        done(accounts.resetPassword(selected.getId(), password == null ? "" : password, selected.getVersion()));
    }

    private void done(UserAccount saved) {
        password = null;
        model.refresh();
        Feedback.saved(saved.getUsername());
    }

    /** Shows the account's API tokens. */
    public void showTokens(long id) {
        tokenAccount = accounts.find(id);
        tokens = apiTokens.ofAccount(id);
    }

    /** Revokes one of the shown account's tokens. */
    public void revokeToken(ApiTokenInfo token) {
        apiTokens.revokeAny(token.id(), token.version());
        tokens = apiTokens.ofAccount(tokenAccount.getId());
        Messages.addGlobalInfo(Texts.format(Faces.getLocale(), "apiToken.revoked", token.name()));
    }

    /** The account whose tokens are shown. */
    public UserAccount getTokenAccount() {
        return tokenAccount;
    }

    public List<ApiTokenInfo> getTokens() {
        return tokens;
    }

    /** The roles as an array, which Faces converts to and from checkboxes without help. */
    public Role[] getSelectedRoles() {
        return selected.getRoles().toArray(Role[]::new);
    }

    public void setSelectedRoles(Role[] roles) {
        selected.setRoles(Set.of(roles));
    }

    public PagedLazyModel<UserAccount> getModel() {
        return model;
    }

    public UserAccount getSelected() {
        return selected;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
