package se.sodertorn.governance.ejb.security;

import se.sodertorn.governance.domain.organisation.Person;

/** What a logged-in user keeps for themself: the language they chose, and the name they are shown by. */
public interface MyAccountService {

    /** The caller's language tag, {@code sv} or {@code en}; Swedish when the caller has no account row. */
    String language();

    /** Remembers the caller's language for later logins and for the e-mails they get. */
    void chooseLanguage(String tag);

    /** The caller's name: their person's name, or their user name when the account has no person. */
    String displayName();

    /** The person in the register the caller's account belongs to; {@code null} when there is none. */
    Person person();
}
