package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.security.ApiToken;
import se.sodertorn.governance.domain.security.ApiTokenRepository;

/** Personal API tokens in the database; a call's token is found by its hash through the column's unique index. */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> ofAccount(long accountId, int limit) {
        return em.createQuery("select t from ApiToken t where t.account.id = :account"
                        + " order by t.createdAt desc, t.id desc", ApiToken.class).setParameter("account", accountId).setMaxResults(limit).getResultList();
    }

    @Override
    public long countUsable(long accountId, LocalDateTime now) {
        return em.createQuery("select count(t) from ApiToken t where t.account.id = :account and t.revokedAt is null"
                        + " and t.expiresOn >= :today", Long.class)
                .setParameter("account", accountId).setParameter("today", now.toLocalDate()).getSingleResult();
    }

    @Override
    public Optional<ApiToken> byTokenHash(String tokenHash) {
        return em.createQuery("select t from ApiToken t join fetch t.account where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public ApiToken save(ApiToken token) {
        return Saving.save(em, token);
    }

    @Override
    public void markUsed(long tokenId, LocalDateTime now) {
        em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
                .setParameter("now", now).setParameter("id", tokenId).executeUpdate();
    }
}
