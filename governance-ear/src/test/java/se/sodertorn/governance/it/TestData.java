package se.sodertorn.governance.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows one test made for itself (see {@link TestDataServlet}), and the placeholders {@code ${name}} of the
 * security tables that stand for them: {@code ${meeting}} is the id of the test's meeting, and so on.
 */
final class TestData {

    private static final String URL = "http://localhost:" + System.getProperty("governance.test.http.port", "8080")
            + "/governance-tests/test-data";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final JsonObject ids;

    private TestData(JsonObject ids) {
        this.ids = ids;
    }

    /** A fresh set of rows: a body, a person, a membership, a plan with a budget, a meeting with its record, …. */
    static TestData create() {
        return new TestData(call(HttpRequest.newBuilder(URI.create(URL)).POST(HttpRequest.BodyPublishers.noBody())));
    }

    /** The value a placeholder stands for, e.g. {@code get("meeting")}. */
    String get(String name) {
        JsonValue value = ids.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no test data named " + name + " (there are " + ids.keySet() + ")");
        }
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    /** The text with every {@code ${name}} replaced by what it stands for. */
    String fill(String template) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(get(placeholder.group(1))));
        }
        return placeholder.appendTail(filled).toString();
    }

    /**
     * The state of the rows: how many memberships, meetings, agenda items, action items, activities, budget lines,
     * plans and external calendars there are, and the versions of the rows a request could change. Equal states
     * before and after a request mean it stored nothing.
     */
    JsonObject state() {
        return call(HttpRequest.newBuilder(URI.create(fill(URL + "?body=${body}&planYear=${planYear}"
                + "&meeting=${meeting}&membership=${membership}"))).GET());
    }

    private static JsonObject call(HttpRequest.Builder request) {
        HttpResponse<String> answer = ApiClient.exchange(HTTP, request.timeout(Duration.ofSeconds(60)).build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("test data: " + answer.statusCode() + " " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
