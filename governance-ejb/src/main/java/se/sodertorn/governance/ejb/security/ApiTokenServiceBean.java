package se.sodertorn.governance.ejb.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import se.sodertorn.governance.domain.security.ApiToken;
import se.sodertorn.governance.domain.security.ApiTokenRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;

/** Default {@link ApiTokenService}: the caller's own tokens for every role, any account's for an administrator. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class ApiTokenServiceBean implements ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource
    private SessionContext session;
    @Inject
    private UserAccountRepository accounts;
    @Inject
    private ApiTokenRepository tokens;
    @Inject
    private ApiTokenCache cache;
    @Inject
    private Clock clock;

    @Override
    public List<ApiTokenInfo> mine() {
        return listed(me().getId());
    }

    @Override
    public String create(ApiToken draft) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        if (draft.getExpiresOn().isBefore(today)) {
            throw new GovernanceException("apiToken.expiresOn.past");
        }
        if (draft.getExpiresOn().isAfter(latestExpiry())) {
            throw new GovernanceException("apiToken.expiresOn.tooLate", latestExpiry());
        }
        UserAccount account = me();
        if (tokens.countUsable(account.getId(), now) >= MAX_ACTIVE) {
            throw new GovernanceException("apiToken.tooMany", MAX_ACTIVE);
        }
        String secret = ApiTokenSecret.generate(RANDOM);
        ApiToken token = ApiToken.draft();
        token.setName(draft.getName());
        token.setExpiresOn(draft.getExpiresOn());
        token.issue(account, ApiTokenSecret.hash(secret), now);
        tokens.save(token);
        return secret;
    }

    @Override
    public void revoke(long tokenId, int version) {
        ApiToken token = tokens.find(tokenId)
                .filter(t -> t.getAccount().getId().equals(me().getId()))
                .orElseThrow(() -> new NotFoundException("apiToken", tokenId));
        revoked(token, version);
    }

    @Override
    public LocalDate defaultExpiry() {
        return LocalDate.now(clock).plusDays(DEFAULT_DAYS);
    }

    @Override
    public LocalDate latestExpiry() {
        return LocalDate.now(clock).plusYears(1);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<ApiTokenInfo> ofAccount(long accountId) {
        return listed(accountId);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void revokeAny(long tokenId, int version) {
        revoked(tokens.find(tokenId).orElseThrow(() -> new NotFoundException("apiToken", tokenId)), version);
    }

    private void revoked(ApiToken token, int version) {
        token.checkVersion(version);
        token.revoke(LocalDateTime.now(clock));
        tokens.save(token);
        cache.forget(token.getTokenHash());
    }

    private List<ApiTokenInfo> listed(long accountId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return tokens.ofAccount(accountId, MAX_LISTED).stream().map(t -> ApiTokenInfo.of(t, now)).toList();
    }

    private UserAccount me() {
        return accounts.findByUsername(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new GovernanceException("apiToken.noAccount"));
    }
}
