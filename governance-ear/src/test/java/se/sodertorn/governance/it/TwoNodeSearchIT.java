package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import se.sodertorn.governance.ejb.search.IndexFollower;

/**
 * Search on two nodes sharing one PostgreSQL database, each with its own index: a meeting proposed on one node is
 * found on the other, a change made there is found on the first, and a withdrawal on the first takes it out of the
 * other's index. Runs with the suite on PostgreSQL: nodes share a database server, and an embedded H2 file serves
 * one server only (the H2 run checks the same following of the audit trail on one node, in {@link IndexFollowerIT}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "governance.db", matches = "postgresql",
        disabledReason = "two nodes share a PostgreSQL database; an embedded H2 file serves one server")
class TwoNodeSearchIT {

    /** Longest wait for a node to find another's change: a few passes of its follower. */
    private static final Duration PATIENCE = Duration.ofSeconds(6L * IndexFollower.INTERVAL_SECONDS);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aChangeSavedOnEitherNodeIsFoundOnTheOther() throws Exception {
        try (SecondServer node = SecondServer.sharingTheDatabase("second-node", 70)) {
            node.prepare();
            node.start();
            ApiClient here = ApiClient.demo("secretariat");
            ApiClient there = node.demo("secretariat");
            LocalDate day = MeetingFixtures.freeDay();
            String first = SearchApiIT.token();
            String second = SearchApiIT.token();

            HttpResponse<String> proposed = there.post("meetings", meeting(day, first, null));
            assertEquals(201, proposed.statusCode(), proposed.body());
            long id = ApiClient.object(proposed).getJsonNumber("id").longValue();
            awaitFound(here, first, 1);

            HttpResponse<String> changed = here.put("meetings/" + id, meeting(day, second,
                    ApiClient.object(proposed).getInt("version")));
            assertEquals(200, changed.statusCode(), changed.body());
            awaitFound(there, second, 1);
            awaitFound(there, first, 0);

            HttpResponse<String> withdrawn = there.delete("meetings/" + id + "?version="
                    + ApiClient.object(changed).getInt("version"));
            assertEquals(204, withdrawn.statusCode(), withdrawn.body());
            awaitFound(here, second, 0);
        }
    }

    private static String meeting(LocalDate day, String word, Integer version) {
        return "{" + (version == null ? "\"bodyId\":" + MeetingFixtures.bodyId("LG") : "\"version\":" + version)
                + ",\"start\":\"" + day + "T13:00:00\",\"end\":\"" + day + "T15:00:00\",\"place\":\"Sal " + word + "\"}";
    }

    private static long found(ApiClient node, String word) {
        HttpResponse<String> found = node.get("search?kind=meeting&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertEquals(200, found.statusCode(), found.body());
        return ApiClient.object(found).getJsonNumber("total").longValue();
    }

    private static void awaitFound(ApiClient node, String word, long expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (found(node, word) != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(expected, found(node, word), "\"" + word + "\" found " + expected + " times within "
                + PATIENCE.toSeconds() + " s");
    }
}
