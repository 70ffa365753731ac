package se.sodertorn.governance.ejb.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
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

    static final String COMMON_LOCATION = "classpath:db/migration";
    static final String POSTGRESQL_LOCATION = "classpath:db/vendor/postgresql";

    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = lookupDataSource();
        MigrateResult result = Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dataSource))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * The migrations for every database ({@code db/migration}) and, for PostgreSQL, its own ones
     * ({@code db/vendor/postgresql}: indexes H2 does not have). Versions are unique across both.
     */
    static String[] locations(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase(Locale.ROOT).contains("postgresql")
                    ? new String[] {COMMON_LOCATION, POSTGRESQL_LOCATION}
                    : new String[] {COMMON_LOCATION};
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read which database " + DATASOURCE + " is", e);
        }
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
