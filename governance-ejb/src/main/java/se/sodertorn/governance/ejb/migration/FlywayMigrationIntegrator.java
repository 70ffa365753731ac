package se.sodertorn.governance.ejb.migration;

import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Migrates the database with Flyway while the persistence unit starts, before Hibernate validates the
 * schema, so that no query ever meets an old schema. Registered through {@code META-INF/services}.
 */
public class FlywayMigrationIntegrator implements Integrator {

    /** The datasource IT configures on the server (see the CLI scripts in governance-ear). */
    public static final String DATASOURCE = "java:jboss/datasources/GovernanceDS";

    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        MigrateResult result = Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(lookupDataSource())
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private static DataSource lookupDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("Datasource " + DATASOURCE + " is not configured on this server", e);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
            org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
