package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.hibernate.Session;

/**
 * Which database the application runs on, read once from the connection: PostgreSQL has migrations of its own
 * (db/vendor/postgresql) with objects H2 lacks, such as the aggregate behind the plan overview.
 */
@ApplicationScoped
public class DatabaseKind {

    private volatile Boolean postgresql;

    /** Whether the database keeps the table activity_tally (PostgreSQL, migration V8_2). */
    public boolean keepsActivityTally(EntityManager em) {
        return isPostgresql(em);
    }

    private boolean isPostgresql(EntityManager em) {
        Boolean known = postgresql;
        if (known == null) {
            known = em.unwrap(Session.class).doReturningWork(connection ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql"));
            postgresql = known;
        }
        return known;
    }
}
