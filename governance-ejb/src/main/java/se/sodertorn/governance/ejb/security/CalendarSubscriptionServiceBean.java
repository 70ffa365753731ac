package se.sodertorn.governance.ejb.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.security.CalendarSubscription;
import se.sodertorn.governance.domain.security.CalendarSubscriptionRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.meeting.CalendarWindow;

/** Default {@link CalendarSubscriptionService}: works only on the calling account's own address. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class CalendarSubscriptionServiceBean implements CalendarSubscriptionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource
    private SessionContext session;
    @Inject
    private UserAccountRepository accounts;
    @Inject
    private CalendarSubscriptionRepository subscriptions;
    @Inject
    private CalendarWindow window;

    @Override
    public MyCalendarFeed mine() {
        UserAccount account = me();
        Person person = account.getPerson();
        String personName = person == null ? null : person.getFullName();
        return subscriptions.ofAccount(account.getId())
                .map(s -> new MyCalendarFeed(personName, s.isActive(), s.isActive() ? s.getCreatedAt() : null,
                        s.isActive() ? s.getLastUsedAt() : null, s.getVersion(), window.months()))
                .orElseGet(() -> new MyCalendarFeed(personName, false, null, null, 0, window.months()));
    }

    @Override
    public String create() {
        UserAccount account = me();
        String token = FeedToken.generate(RANDOM);
        String hash = FeedToken.hash(token);
        CalendarSubscription subscription = subscriptions.ofAccount(account.getId()).orElse(null);
        if (subscription == null) {
            subscriptions.save(new CalendarSubscription(account, hash, window.now()));
        } else if (subscription.isActive()) {
            throw new GovernanceException("subscription.exists");
        } else {
            subscription.renew(hash, window.now());
            subscriptions.save(subscription);
        }
        return token;
    }

    @Override
    public String renew(int version) {
        CalendarSubscription subscription = active(version);
        String token = FeedToken.generate(RANDOM);
        subscription.renew(FeedToken.hash(token), window.now());
        subscriptions.save(subscription);
        return token;
    }

    @Override
    public void revoke(int version) {
        CalendarSubscription subscription = active(version);
        subscription.revoke(window.now());
        subscriptions.save(subscription);
    }

    private CalendarSubscription active(int version) {
        CalendarSubscription subscription = subscriptions.ofAccount(me().getId())
                .filter(CalendarSubscription::isActive)
                .orElseThrow(() -> new GovernanceException("subscription.none"));
        subscription.checkVersion(version);
        return subscription;
    }

    private UserAccount me() {
        return accounts.findByUsername(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new GovernanceException("subscription.noAccount"));
    }
}
