package se.sodertorn.governance.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import se.sodertorn.governance.domain.security.Roles;

/** Runs test code as a caller in the role {@code member}. */
@Stateless
@RunAs(Roles.MEMBER)
@PermitAll
public class AsMember {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
