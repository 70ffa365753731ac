package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.organisation.BodyService;
import se.sodertorn.governance.ejb.organisation.MembershipService;
import se.sodertorn.governance.ejb.organisation.MunicipalityService;

/** The deployed EAR migrated its database, loaded the demo register, audits changes and guards every service. */
@ExtendWith(ArquillianExtension.class)
class MigrationAndSecurityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(MigrationAndSecurityIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/GovernanceDS")
    private DataSource dataSource;
    @EJB
    private MunicipalityService municipalities;
    @EJB
    private BodyService bodies;
    @EJB
    private MembershipService memberships;
    @Inject
    private Callers callers;
    @Inject
    private RegisterFixtures fixtures;

    @Test
    void flywayAppliedEveryMigrationSuccessfully() throws SQLException {
        List<String> versions = strings("select \"version\" from \"flyway_schema_history\" where \"success\" = true"
                + " and \"version\" is not null order by \"installed_rank\"");
        assertEquals("1", versions.get(0));
        assertEquals(0, number("select count(*) from \"flyway_schema_history\" where \"success\" = false"));
    }

    @Test
    void postgresqlAloneGetsItsOwnMigrationsTheTrigramIndexesAndTheOverviewsAggregate() throws SQLException {
        List<String> versions = strings("select \"version\" from \"flyway_schema_history\" where \"success\" = true"
                + " and \"version\" is not null order by \"installed_rank\"");
        assertTrue(versions.contains("8"), "the sort indexes are for every database");
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        if (product.equals("PostgreSQL")) {
            assertTrue(versions.contains("8.1") && versions.contains("8.2"), versions.toString());
            assertEquals(3, number("select count(*) from information_schema.triggers where event_object_table = 'activity'"
                    + " and event_object_schema = current_schema() and trigger_name like 'activity_tally_%'"),
                    "the overview's aggregate is kept by triggers");
            assertEquals(3, number("select count(*) from pg_indexes where schemaname = current_schema()"
                    + " and tablename = 'activity' and indexdef like '%gin_trgm_ops%'"));
        } else {
            assertFalse(versions.contains("8.1") || versions.contains("8.2"), product + " has no PostgreSQL migration: "
                    + versions);
        }
    }

    @Test
    void theDemoRegisterHoldsTheEightMunicipalitiesWithTheirCodes() throws Exception {
        List<Municipality> all = callers.asMember(municipalities::list);
        assertEquals(8, all.size());
        assertEquals("0127", all.stream().filter(m -> m.getName().equals("Botkyrka")).findFirst().orElseThrow().getCode());
        assertTrue(all.stream().mapToInt(Municipality::getPopulation).sum() > 510_000);
    }

    @Test
    void theDemoCommitteeOf2023HasBotkyrkaInTheChairAndSalemAsViceChair() throws Exception {
        Body ssk = callers.asMember(() -> bodies.page(new PageRequest(0, 5, null, true, "Samarbetskommitt")).rows().get(0));
        List<Membership> sitting = callers.asMember(() -> memberships.sittingOn(ssk.getId(), LocalDate.of(2023, 3, 16)));
        assertEquals(MembershipRole.CHAIR, sitting.get(0).getRole());
        assertEquals("Botkyrka", sitting.get(0).getMunicipality().getName());
        assertEquals(MembershipRole.VICE_CHAIR, sitting.get(1).getRole());
        assertEquals("Salem", sitting.get(1).getMunicipality().getName());
    }

    @Test
    void everyChangeIsAuditedWithItsRevision() throws Exception {
        Body body = callers.asSecretariat(fixtures::newNetwork);
        body.setDescription("ändrad");
        callers.asSecretariat(() -> bodies.save(body));

        assertEquals(2, number("select count(*) from body_aud where id = " + body.getId()));
        assertEquals(1, number("select count(*) from body_aud a join audit_revision r on r.id = a.rev"
                + " where a.id = " + body.getId() + " and a.description = 'ändrad'"));
    }

    @Test
    void aMemberCannotWriteAndNobodyAnonymousCanRead() throws Exception {
        Body draft = callers.asSecretariat(fixtures::newNetwork);
        draft.setName("Ändrat av en ledamot");

        assertThrows(EJBAccessException.class, () -> callers.asMember(() -> bodies.save(draft)));
        assertThrows(EJBAccessException.class, () -> municipalities.list());
        assertEquals(draft.getVersion(), callers.asMember(() -> bodies.find(draft.getId())).getVersion());
    }

    private List<String> strings(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private long number(String sql) throws SQLException {
        return Long.parseLong(strings(sql).get(0));
    }
}
