package se.sodertorn.governance.it;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session with the web pages over plain HTTP, without a browser: cookies kept, redirects not followed,
 * logged in through the login form as a user types there. Fast enough to ask every page as every role.
 */
final class PageSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** Where the page gives its script the nonce that the script adds to every form it sends. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private PageSession() {
    }

    /** A visitor who has not logged in. */
    static PageSession anonymous() {
        return new PageSession();
    }

    /** A session logged in as the demo user through the login form. */
    static PageSession loggedIn(String username) {
        PageSession session = new PageSession();
        HttpResponse<String> form = session.get("login.xhtml");
        HttpResponse<String> login = session.post("login.xhtml", Map.of("login", "login", "login:username", username,
                "login:password", ApiClient.DEMO_PASSWORD, "login:submit", "",
                "jakarta.faces.ViewState", viewState(form.body()), "primefaces.nonce", nonce(form.body())));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            throw new IllegalStateException(username + " could not log in: " + login.statusCode());
        }
        return session;
    }

    /** The view state of the page's first form. */
    static String viewState(String html) {
        Matcher state = VIEW_STATE.matcher(html);
        if (!state.find()) {
            throw new IllegalStateException("the page has no form");
        }
        return state.group(1);
    }

    /** The one-time nonce the page's script adds to every form it sends (Content Security Policy). */
    static String nonce(String html) {
        Matcher nonce = NONCE.matcher(html);
        if (!nonce.find()) {
            throw new IllegalStateException("the page gives its script no nonce");
        }
        return nonce.group(1);
    }

    /** Asks for a page (the path under {@code /governance/}, with its parameters). */
    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Sends a form as a browser does (URL-encoded fields). */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return post(path, false, form);
    }

    /**
     * Sends a form written as it goes over the wire ({@code a=1&b=2}, encoded), as a plain post or as the Faces
     * script's Ajax request.
     */
    HttpResponse<String> post(String path, boolean ajax, String form) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Sends a form with a file, as a browser does ({@code multipart/form-data}); the fields written as for a post. */
    HttpResponse<String> upload(String path, String fields, String fileField, String fileName, byte[] file) {
        String boundary = "----korpus" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String field : fields.split("&")) {
            String[] pair = field.split("=", 2);
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + decode(pair[0])
                    + "\"\r\n\r\n" + decode(pair.length > 1 ? pair[1] : "") + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Browser.BASE + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return ApiClient.exchange(http, request.build());
    }
}
