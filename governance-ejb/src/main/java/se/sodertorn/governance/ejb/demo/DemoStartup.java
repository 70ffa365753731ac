package se.sodertorn.governance.ejb.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.logging.Logger;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.security.Role;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;
import se.sodertorn.governance.ejb.security.PasswordHashing;

/**
 * On a demo server (system property {@code governance.demo=true}, set by the run command), loads the demo
 * register once and creates the accounts {@code admin}, {@code secretariat}, {@code director} and
 * {@code member}. Their password is {@code GOVERNANCE_DEMO_PASSWORD}, or one generated and printed once.
 */
@Singleton
@Startup
public class DemoStartup {

    /** The line the run command looks for in the server's output. */
    public static final String PASSWORD_LINE = "Demo accounts admin, secretariat, director, member created; password: ";

    private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());

    @Inject
    private DemoRegister register;

    @Inject
    private DemoPlans demoPlans;

    @Inject
    private DemoBudget demoBudget;

    @Inject
    private DemoMeetings demoMeetings;

    @Inject
    private DemoCurrentYear currentYear;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing hashing;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("governance.demo")) {
            return;
        }
        Map<String, Person> people = Map.of();
        if (!register.isLoaded()) {
            people = register.load();
            LOG.info("Demo register loaded");
        }
        if (!demoPlans.isLoaded()) {
            demoPlans.load();
            LOG.info("Demo programmes and activity plans loaded");
        }
        if (!demoBudget.isLoaded()) {
            demoBudget.load();
            LOG.info("Demo budget loaded");
        }
        if (!demoMeetings.isLoaded()) {
            demoMeetings.load();
            LOG.info("Demo meetings loaded");
        }
        if (!currentYear.isLoaded()) {
            currentYear.load();
            LOG.info("Demo of the current year loaded");
        }
        if (accounts.findByUsername("admin").isEmpty()) {
            createAccounts(people);
        }
    }

    private void createAccounts(Map<String, Person> people) {
        String configured = System.getenv("GOVERNANCE_DEMO_PASSWORD");
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generatePassword() : configured;
        String hash = hashing.hashForDemo(password);
        for (Role role : Role.values()) {
            UserAccount account = new UserAccount(role.roleName(), hash, EnumSet.of(role));
            account.setPerson(people.get(role.roleName()));
            accounts.save(account);
        }
        LOG.warning(PASSWORD_LINE + (generated ? password : "(the value of GOVERNANCE_DEMO_PASSWORD)"));
    }

    private static String generatePassword() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
