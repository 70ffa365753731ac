package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A confirmed save survives a crash. A second server takes a bounded burst of API writes from several clients at
 * once — meetings proposed, prepared from the template, given an extra agenda item — and is killed with SIGKILL
 * in the middle of it; after the restart every write the server had answered as done is there, and every
 * prepared meeting is whole: its template items numbered without a gap, its own item, and minutes that render.
 * Runs on the database the suite runs on (H2 file or PostgreSQL).
 */
class CrashRecoveryIT {

    private static final int CLIENTS = 4;
    /** Meetings each client proposes at most per burst: bounds the burst whatever the server's speed. */
    private static final int MEETINGS_PER_CLIENT = 40;
    /** Confirmed writes after which the server is killed: well inside the burst, so writes are in flight. */
    private static final int KILL_AFTER = 60;

    /** What the server confirmed about one meeting: its id, the version it answered, its own item's title. */
    private record Confirmed(long id, int version, String item) {
    }

    private final Map<Long, Confirmed> confirmed = new ConcurrentHashMap<>();
    private final AtomicInteger nextDay = new AtomicInteger();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @Test
    void everyWriteAnsweredBeforeAKillIsThereAfterTheRestart() throws Exception {
        try (SecondServer server = new SecondServer("crash-server", 60)) {
            server.prepare();
            server.start();
            burstAndKill(server, MeetingFixtures.bodyId(server.demo("secretariat"), "LG"));
            server.start();
            assertAllThere(server.demo("secretariat"));
        }
    }

    private void burstAndKill(SecondServer server, long lg) throws InterruptedException {
        AtomicInteger writes = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.execute(() -> {
                ApiClient secretariat = server.demo("secretariat");
                try {
                    for (int m = 0; m < MEETINGS_PER_CLIENT; m++) {
                        writeOneMeeting(secretariat, lg, () -> {
                            if (writes.incrementAndGet() >= KILL_AFTER) {
                                enough.countDown();
                            }
                        });
                    }
                } catch (UncheckedIOException cutOff) {
                    // the server was killed while this client waited for an answer: that write is unconfirmed
                } catch (RuntimeException | AssertionError unexpected) {
                    failures.add(unexpected);
                    enough.countDown();
                }
            });
        }
        assertTrue(enough.await(3, TimeUnit.MINUTES), "the burst reached " + KILL_AFTER + " confirmed writes");
        server.kill();
        clients.shutdown();
        assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES));
        assertEquals(List.of(), failures, "every answer before the kill was the expected one");
    }

    /** Proposes, prepares and extends one meeting, noting each step the server confirms. */
    private void writeOneMeeting(ApiClient secretariat, long lg, Runnable counted) {
        LocalDate day = LocalDate.of(2070, 1, 1).plusDays(nextDay.getAndIncrement());
        HttpResponse<String> proposed = secretariat.post("meetings", "{\"bodyId\":" + lg + ",\"start\":\"" + day
                + "T08:30:00\",\"end\":\"" + day + "T10:30:00\",\"place\":\"Botkyrka kommunhus\"}");
        assertEquals(201, proposed.statusCode(), proposed.body());
        long id = ApiClient.object(proposed).getJsonNumber("id").longValue();
        confirmed.put(id, new Confirmed(id, 0, null));
        counted.run();
        HttpResponse<String> prepared = secretariat.post("meetings/" + id + "/preparation", "");
        assertEquals(200, prepared.statusCode(), prepared.body());
        confirmed.put(id, new Confirmed(id, ApiClient.object(prepared).getInt("version"), null));
        counted.run();
        String title = "Punkt från krocktest " + id;
        HttpResponse<String> added = secretariat.post("meetings/" + id + "/items", "{\"title\":\"" + title + "\"}");
        assertEquals(201, added.statusCode(), added.body());
        confirmed.put(id, new Confirmed(id, ApiClient.object(prepared).getInt("version"), title));
        counted.run();
    }

    private void assertAllThere(ApiClient secretariat) {
        assertTrue(confirmed.size() >= KILL_AFTER / 3, "meetings were confirmed before the kill");
        for (Confirmed meeting : confirmed.values()) {
            HttpResponse<String> found = secretariat.get("meetings/" + meeting.id());
            assertEquals(200, found.statusCode(), "confirmed meeting " + meeting.id() + " is there");
            int version = ApiClient.object(found).getInt("version");
            assertTrue(version >= meeting.version(), "meeting " + meeting.id() + " at version " + version
                    + ", confirmed at " + meeting.version());
            if (meeting.version() > 0) {
                assertWhole(secretariat, meeting);
            }
        }
    }

    private static void assertWhole(ApiClient secretariat, Confirmed meeting) {
        List<JsonObject> items = ApiClient.array(secretariat.get("meetings/" + meeting.id() + "/items"))
                .getValuesAs(JsonObject.class);
        assertTrue(items.size() >= 3, "meeting " + meeting.id() + " has its template's items: " + items);
        for (int i = 0; i < items.size(); i++) {
            assertEquals(i + 1, items.get(i).getInt("number"), "items numbered without a gap: " + items);
        }
        if (meeting.item() != null) {
            assertTrue(items.stream().anyMatch(item -> item.getString("title").equals(meeting.item())),
                    "meeting " + meeting.id() + " has its confirmed item: " + items);
        }
        HttpResponse<byte[]> minutes = secretariat.download("meetings/" + meeting.id() + "/minutes.docx");
        assertEquals(200, minutes.statusCode(), "the minutes of meeting " + meeting.id() + " render");
    }
}
