package se.sodertorn.governance.ejb.audit;

import jakarta.enterprise.inject.spi.CDI;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/** Stamps each audit revision with the name of the caller who made the change ("system" at start-up). */
public class AuditRevisionListener implements RevisionListener {

    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(currentCaller());
    }

    private static String currentCaller() {
        try {
            Principal principal = CDI.current().select(Principal.class).get();
            String name = principal == null ? null : principal.getName();
            return name == null || "anonymous".equals(name) ? SYSTEM : name;
        } catch (IllegalStateException noContext) {
            return SYSTEM;
        }
    }
}
