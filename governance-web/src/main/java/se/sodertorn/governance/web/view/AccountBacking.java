package se.sodertorn.governance.web.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.sodertorn.governance.domain.security.ApiToken;
import se.sodertorn.governance.ejb.security.ApiTokenInfo;
import se.sodertorn.governance.ejb.security.ApiTokenService;
import se.sodertorn.governance.ejb.shared.ApplicationLinks;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * {@code /account.xhtml} ("Mitt konto"): the caller's personal API tokens, made (with a name and a last day),
 * listed and revoked here. A token's secret is known only right after it was made (only its hash is stored), so it is
 * shown then, once, and not after a reload.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApiTokenService tokens;
    @Inject
    private ApplicationLinks links;

    private List<ApiTokenInfo> mine;
    private ApiToken draft;
    private String secret;
    private String secretName;

    /** Loads the caller's tokens and a fresh form. */
    public void load() {
        mine = tokens.mine();
        newDraft();
    }

    private void newDraft() {
        draft = ApiToken.draft();
        draft.setExpiresOn(tokens.defaultExpiry());
    }

    /** Makes the token of the form and shows its secret. */
    public void create() {
        secretName = draft.getName();
        secret = tokens.create(draft);
        mine = tokens.mine();
        newDraft();
        Messages.addGlobalInfo(Texts.format(Faces.getLocale(), "apiToken.created", secretName));
    }

    /** Revokes one of the caller's tokens. */
    public void revoke(ApiTokenInfo token) {
        tokens.revoke(token.id(), token.version());
        secret = null;
        mine = tokens.mine();
        Messages.addGlobalInfo(Texts.format(Faces.getLocale(), "apiToken.revoked", token.name()));
    }

    public List<ApiTokenInfo> getMine() {
        return mine;
    }

    public ApiToken getDraft() {
        return draft;
    }

    /** The latest last day a token may have, for the hint at the date field. */
    public LocalDate getLatestExpiry() {
        return tokens.latestExpiry();
    }

    /** The secret of the token just made; {@code null} otherwise. */
    public String getSecret() {
        return secret;
    }

    /** The name of the token just made. */
    public String getSecretName() {
        return secretName;
    }

    /** A call of the API with the new token, to copy: {@code curl -H "Authorization: Bearer …" …/api/plans}. */
    public String getExample() {
        return secret == null ? null : "curl -H \"Authorization: Bearer " + secret + "\" "
                + links.baseOr(Faces.getRequestBaseURL()) + "api/plans";
    }
}
