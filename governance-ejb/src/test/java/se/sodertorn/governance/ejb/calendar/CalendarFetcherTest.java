package se.sodertorn.governance.ejb.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.shared.GovernanceException;

class CalendarFetcherTest {

    private static final byte[] CALENDAR = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private ExecutorService executor;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/cal.ics", exchange -> answer(exchange, 200, CALENDAR));
        server.createContext("/big.ics", exchange -> answer(exchange, 200, new byte[2048]));
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/cal.ics");
            answer(exchange, 302, new byte[0]);
        });
        server.createContext("/inside", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://10.0.0.7/cal.ics");
            answer(exchange, 302, new byte[0]);
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            answer(exchange, 302, new byte[0]);
        });
        server.createContext("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException | IOException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        server.createContext("/missing", exchange -> answer(exchange, 404, new byte[0]));
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        executor = Executors.newCachedThreadPool();
        base = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A fetcher for this test's own server on the loopback address, which the real one never reaches. */
    private CalendarFetcher local(int maxBytes, Duration deadline) {
        return new CalendarFetcher(maxBytes, deadline,
                address -> address.isLoopbackAddress() || CalendarFetcher.isPublic(address), executor);
    }

    private static String refusal(Runnable fetch) {
        return assertThrows(GovernanceException.class, fetch::run).getMessageKey();
    }

    @Test
    void aCalendarIsFetchedAlsoThroughARedirect() {
        assertArrayEquals(CALENDAR, local(1024, Duration.ofSeconds(5)).fetch(base + "/cal.ics"));
        assertArrayEquals(CALENDAR, local(1024, Duration.ofSeconds(5)).fetch(base + "/moved"));
    }

    @Test
    void theServerItselfAndPrivateNetworksAreRefusedAlsoAfterARedirect() {
        CalendarFetcher real = new CalendarFetcher(1024, Duration.ofSeconds(5), executor);
        assertEquals(CalendarFetcher.FAILED, refusal(() -> real.fetch(base + "/cal.ics")), "loopback");
        assertEquals(CalendarFetcher.FAILED, refusal(() -> real.fetch("http://localhost:9990/management")));
        assertEquals(CalendarFetcher.FAILED, refusal(() -> local(1024, Duration.ofSeconds(5)).fetch(base + "/inside")),
                "a redirect to a private address is checked like the first address");
        assertEquals(CalendarFetcher.FAILED, refusal(() -> local(1024, Duration.ofSeconds(5)).fetch(base + "/loop")));
        assertEquals(CalendarFetcher.FAILED, refusal(() -> local(1024, Duration.ofSeconds(5)).fetch(base + "/missing")));
    }

    @Test
    void onlyWebAddressesAreTaken() {
        for (String address : new String[] {"file:///etc/passwd", "ftp://example.org/cal.ics", "gopher://x", "cal.ics",
            "http://", "jar:file:/x!/y"}) {
            assertEquals("calendar.badUrl", refusal(() -> CalendarFetcher.address(address)), address);
        }
        assertEquals("https", CalendarFetcher.address("webcal://example.org/cal.ics").getScheme());
    }

    @Test
    void aSlowOrOverlongAnswerIsGivenUpOnInTimeAndSize() {
        long started = System.nanoTime();
        assertEquals(CalendarFetcher.FAILED, refusal(() -> local(1024, Duration.ofSeconds(2)).fetch(base + "/slow")));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertTrue(seconds < 5, "a server sending a byte now and then is left at the deadline, not after " + seconds + " s");
        assertEquals("calendar.tooLarge", refusal(() -> local(1024, Duration.ofSeconds(5)).fetch(base + "/big.ics")));
    }

    @Test
    void onlyPublicAddressesArePublic() throws UnknownHostException {
        for (String inside : new String[] {"127.0.0.1", "0.0.0.0", "10.1.2.3", "172.16.0.1", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00::1",
            "::ffff:192.168.1.1"}) {
            assertFalse(CalendarFetcher.isPublic(InetAddress.getByName(inside)), inside);
        }
        for (String outside : new String[] {"8.8.8.8", "193.10.1.1", "2001:4860:4860::8888"}) {
            assertTrue(CalendarFetcher.isPublic(InetAddress.getByName(outside)), outside);
        }
    }
}
