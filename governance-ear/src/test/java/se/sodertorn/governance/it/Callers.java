package se.sodertorn.governance.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;

/** Runs code in a test as a caller with one role, so that the services' @RolesAllowed checks are real. */
@Dependent
public class Callers {

    @Inject
    private AsAdmin admin;
    @Inject
    private AsSecretariat secretariat;
    @Inject
    private AsDirector director;
    @Inject
    private AsMember member;

    public <T> T asAdmin(Callable<T> work) throws Exception {
        return admin.call(work);
    }

    public <T> T asSecretariat(Callable<T> work) throws Exception {
        return secretariat.call(work);
    }

    public <T> T asDirector(Callable<T> work) throws Exception {
        return director.call(work);
    }

    public <T> T asMember(Callable<T> work) throws Exception {
        return member.call(work);
    }
}
