package se.sodertorn.governance.ejb.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.security.Role;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;

/** Finds who a notification goes to, with the address and language to write it in. */
@ApplicationScoped
class Recipients {

    @Inject
    private UserAccountRepository accounts;

    /** The person as a recipient, or nothing when the person has no e-mail address. */
    Optional<Recipient> of(Person person) {
        if (person == null || person.getEmail() == null || person.getEmail().isBlank()) {
            return Optional.empty();
        }
        String language = accounts.findByPerson(person.getId()).map(UserAccount::getLanguage)
                .orElse(UserAccount.SWEDISH);
        return Optional.of(new Recipient(person.getEmail(), person.getFullName(), language));
    }

    /**
     * The secretariat for a meeting: its secretary (who writes the minutes) when they have an address, otherwise
     * every person with a secretariat account and an address.
     */
    List<Recipient> secretariatOf(Meeting meeting) {
        Optional<Recipient> secretary = of(meeting.getSecretary());
        if (secretary.isPresent()) {
            return List.of(secretary.get());
        }
        return accounts.reachablePeopleWithRole(Role.SECRETARIAT).stream().map(this::of).flatMap(Optional::stream)
                .toList();
    }
}
