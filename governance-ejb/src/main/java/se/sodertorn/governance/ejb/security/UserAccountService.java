package se.sodertorn.governance.ejb.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** User accounts and their roles; only admin manages them. */
public interface UserAccountService {

    Page<UserAccount> page(@NotNull PageRequest request);

    UserAccount find(long id);

    /** Creates an account with an initial password, which is stored only as a PBKDF2 hash. */
    UserAccount create(@NotNull @Valid UserAccount account, String password);

    /** Saves roles, enabled flag and linked person of an existing account. */
    UserAccount update(@NotNull @Valid UserAccount account);

    /** Sets a new password for the account; one that breaks the password policy is refused with a message. */
    UserAccount resetPassword(long accountId, String newPassword, int expectedVersion);
}
