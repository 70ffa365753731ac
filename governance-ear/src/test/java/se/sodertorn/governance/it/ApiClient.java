package se.sodertorn.governance.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls the running application's REST API over real HTTP with Basic authentication (or an API token). */
public final class ApiClient {

    /** The test server's HTTP port: 8080 unless the build says another. */
    private static final String PORT = System.getProperty("governance.test.http.port", "8080");
    public static final String BASE = "http://localhost:" + PORT + "/governance/api/";
    /** The demo accounts' password in tests (set for the server by the build). */
    public static final String DEMO_PASSWORD = System.getProperty("governance.demo.password", "Test-Demo-Password-1");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    private ApiClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static ApiClient as(String username, String password) {
        return at(BASE, username, password);
    }

    /** A client of the API at another address (e.g. a second server), as the user. */
    public static ApiClient at(String base, String username, String password) {
        String pair = username + ":" + password;
        return new ApiClient(base, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    /** A client that sends a personal API token ({@code Authorization: Bearer}). */
    public static ApiClient bearer(String token) {
        return new ApiClient(BASE, "Bearer " + token);
    }

    public static ApiClient demo(String username) {
        return as(username, DEMO_PASSWORD);
    }

    /** Sets the demo account's language (sv or en), e.g. back to Swedish after a test that switched it. */
    public static void useLanguage(String username, String language) {
        HttpResponse<String> chosen = demo(username).put("me/language", "{\"language\":\"" + language + "\"}");
        if (chosen.statusCode() != 200) {
            throw new IllegalStateException("language not set: " + chosen.body());
        }
    }

    public static ApiClient anonymous() {
        return new ApiClient(BASE, null);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(request(path).header("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * Any request, accepting any answer type (downloads too): the method, and the body with its content type, or
     * {@code null} for none.
     */
    public HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path).setHeader("Accept", "*/*");
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * A year from {@code from} to the last valid plan year, stepping by {@code step}, that no plan has yet (asked as
     * the secretariat), one of the first four free ones at random.
     */
    public static int freePlanYear(int from, int step) {
        java.util.Set<Integer> taken = array(demo("secretariat").get("plans")).getValuesAs(jakarta.json.JsonObject.class)
                .stream().map(plan -> plan.getInt("year")).collect(java.util.stream.Collectors.toSet());
        java.util.List<Integer> free = java.util.stream.IntStream
                .iterate(from, year -> year <= se.sodertorn.governance.domain.plan.ActivityPlan.LAST_YEAR, year -> year + step)
                .filter(year -> !taken.contains(year)).limit(4).boxed().toList();
        if (free.isEmpty()) {
            throw new IllegalStateException("No free plan year from " + from + " on; clean the test database");
        }
        return free.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(free.size()));
    }

    public static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    public static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        return exchange(http, builder.build());
    }

    /** Sends the request and waits for the answer, read as UTF-8 text; a request that cannot be sent fails the test. */
    static HttpResponse<String> exchange(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
