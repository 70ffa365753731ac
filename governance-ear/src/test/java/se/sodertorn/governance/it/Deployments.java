package se.sodertorn.governance.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place that builds test deployments: always the real EAR from the build, as IT deploys it; for
 * in-container tests with a small test WAR added that carries the test classes and the run-as helpers.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The EAR exactly as built. */
    public static EnterpriseArchive ear() {
        File built = new File(System.getProperty("governance.ear", "target/governance.ear"));
        if (!built.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + built.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "governance.ear").importFrom(built).as(EnterpriseArchive.class);
    }

    /**
     * The real EAR plus a test WAR whose servlet makes each test its own data over HTTP ({@link TestDataServlet}), for
     * tests that see the application only from outside.
     */
    public static EnterpriseArchive earWithTestData() {
        return earWithTests(TestDataServlet.class);
    }

    /**
     * The real EAR plus a test WAR holding the given classes, in which Arquillian runs the test; the WAR sees WildFly's
     * Hibernate Search, as the EJB module does.
     */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "governance-tests.war")
                .addClasses(testClasses)
                .addClasses(Callers.class, AsAdmin.class, AsSecretariat.class, AsDirector.class, AsMember.class,
                        ApiClient.class, RegisterFixtures.class, PlanFixtures.class, OpenTestAuthentication.class,
                        FeedFixtures.class, MeetingDrafts.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(Deployments.class.getResource("/test-ejb-jar.xml"), "ejb-jar.xml")
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.hibernate.search.mapper.orm\n"));
        return ear().addAsModule(Testable.archiveToTest(tests));
    }
}
