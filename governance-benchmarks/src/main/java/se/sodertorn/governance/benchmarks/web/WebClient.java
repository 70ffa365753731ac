package se.sodertorn.governance.benchmarks.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One simulated user: its own HTTP client and cookie jar (so its own session), and the hidden fields of the last
 * page it fetched that a Faces form post must send back: the view state and the page's CSP nonce.
 */
final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final AtomicInteger RESENT = new AtomicInteger();

    private final HttpClient http;
    private final String base;
    private String viewState;
    private String nonce;
    private String lastPage = "";
    private String action;

    WebClient(String base) {
        this(base, true);
    }

    /**
     * @param keepsCookies false for a script's API client, which, like curl, sends no session cookie: each call
     *                     then authenticates with its Authorization header, not with a session an earlier call made
     */
    WebClient(String base, boolean keepsCookies) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10));
        if (keepsCookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.http = builder.build();
    }

    /** GETs a page and keeps its view state and nonce. */
    HttpResponse<String> page(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher state = VIEW_STATE.matcher(response.body());
        viewState = state.find() ? state.group(1) : null;
        Matcher n = NONCE.matcher(response.body());
        nonce = n.find() ? n.group(1) : null;
        lastPage = response.body();
        action = null;
        return response;
    }

    /** POSTs a form of the last page fetched, adding its view state and nonce; a Faces Ajax request if ajax. */
    HttpResponse<String> post(String pathOrUrl, Map<String, String> fields, boolean ajax)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            all.put("primefaces.nonce", nonce);
        }
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathOrUrl))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        HttpResponse<String> response = send(request);
        Matcher renewed = NONCE.matcher(response.body());
        if (ajax && renewed.find()) {
            nonce = renewed.group(1);
        }
        return response;
    }

    /** A GET with the given Authorization header (and the cookies of this client, if it keeps them). */
    HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Accept", "application/json").GET());
    }

    /** A POST of a JSON body with the given Authorization header. */
    HttpResponse<String> postJson(String path, String authorization, String json)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Where the form of the last page fetched posts to (its action, as a browser reads it), or null. */
    String formAction(String formId) {
        if (action != null) {
            return action;
        }
        Matcher m = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"").matcher(lastPage);
        action = m.find() ? m.group(1).replace("&amp;", "&") : null;
        return action;
    }

    /** The HTML of the last page fetched. */
    String lastPage() {
        return lastPage;
    }

    boolean hasViewState() {
        return viewState != null;
    }

    /**
     * Sends the request; once more, as a browser does, if the server had closed the kept-alive connection the
     * request went out on (the answer then has no bytes at all).
     */
    private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpRequest request = builder.timeout(TIMEOUT).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            RESENT.incrementAndGet();
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** How many requests were sent again on a new connection since the last call. */
    static int takeResent() {
        return RESENT.getAndSet(0);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
