package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad input corpus ({@code security/bad-inputs/*.tsv}, see each file's header): every line is sent to the
 * deployed application and must be refused cleanly. Never a 500, never a stack trace or a class name in the answer;
 * the API answers the status the line expects with its JSON error; a page answers with a page of the product (not
 * found, expired, too large, or itself with a message); nothing is stored, not even in part (the state of the test's
 * rows is the same before and after each endpoint's lines); and the server log gets at most one line per refusal,
 * never a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputCorpusIT {

    private static final String DIRECTORY = "bad-inputs/";
    /** How many requests are sent at once. */
    private static final int SENDERS = 4;
    /**
     * What no page may hold: a stack trace, a class of the application, Java or a library, a message of the container,
     * a container's own error page. (Pages name Faces' own script settings, such as jakarta.faces.ViewState.) Each
     * part starts at a word boundary, so that an answer repeating a long input is searched in linear time.
     */
    private static final Pattern PAGE_LEAKS = Pattern.compile("\\tat |\\bat [\\w.$]+\\([\\w$]+\\.java:\\d+\\)"
            + "|\\bCaused by|\\b\\w+Exception:|\\bse\\.sodertorn\\.|\\bjava\\.lang\\.|\\borg\\.hibernate|\\borg\\.jboss"
            + "|\\bRESTEASY|\\bUT0\\d+|\\bWFLY|Error in error|<title>Error</title>");
    /** An Ajax answer that sends the browser elsewhere: the Ajax form of a redirect. */
    private static final Pattern AJAX_REDIRECT = Pattern.compile("<partial-response[^>]*>\\s*<redirect url=\"([^\"]*)\"");
    /** What no answer of the API may hold besides: any exception or package name at all. */
    private static final Pattern API_LEAKS = Pattern.compile(PAGE_LEAKS.pattern()
            + "|Exception\\b|\\bjakarta\\.|\\bjava\\.");
    private static final String PRODUCT = "Södertörnskommunerna";
    private static final Pattern GENERATED = Pattern.compile("\\$\\{(repeat|char|byte):([^}]*)}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTestData();
    }

    /** One bad request to the API and the status it must get. */
    private record ApiCase(String where, String method, String path, String caller, String type, byte[] body,
            int expected) {

        /** The endpoint, for grouping: method and path template. */
        String endpoint() {
            return method + " " + DeployedEndpoints.normalised(path.replaceAll("/\\d+", "/{}"));
        }
    }

    @Test
    void everyBadApiInputIsRefusedWithTheApisErrorAndStoresNothing() {
        TestData data = TestData.create();
        ServerLog log = ServerLog.fromNow();
        Map<String, List<ApiCase>> endpoints = new LinkedHashMap<>();
        for (ApiCase line : apiCases(data)) {
            endpoints.computeIfAbsent(line.endpoint(), endpoint -> new ArrayList<>()).add(line);
        }
        Map<String, ApiClient> callers = new ConcurrentHashMap<>();
        List<String> problems = new ArrayList<>();
        for (var endpoint : endpoints.entrySet()) {
            Supplier<List<String>> sent = () -> SecurityTable.check(endpoint.getValue(), SENDERS,
                    line -> apiProblems(line, callers.computeIfAbsent(line.caller(), ApiClient::demo)));
            problems.addAll(endpoint.getKey().startsWith("GET ") ? sent.get() : storingNothing(data,
                    endpoint.getKey(), sent));
        }
        assertRefused(problems, log, endpoints.values().stream().mapToInt(List::size).sum() + " bad API inputs");
    }

    @Test
    void everyBadPageAddressOrFormAnswersWithAPageOfTheProduct() {
        TestData data = TestData.create();
        ApiClient.useLanguage("secretariat", "sv");
        ServerLog log = ServerLog.fromNow();
        Map<String, PageSession> sessions = new LinkedHashMap<>();
        List<SecurityTable.Row> lines = SecurityTable.read(DIRECTORY + "pages.tsv", 6);
        Function<SecurityTable.Row, List<String>> check = line -> pageProblems(line, data,
                session(sessions, line.cell(2)));
        assertRefused(storingNothing(data, "the pages", () -> {
            List<String> problems = new ArrayList<>(SecurityTable.check(lines.stream()
                    .filter(line -> "GET".equals(line.cell(0))).toList(), SENDERS, check));
            problems.addAll(SecurityTable.check(lines.stream().filter(line -> !"GET".equals(line.cell(0))).toList(),
                    1, check));
            return problems;
        }), log, lines.size() + " bad page inputs");
    }

    @Test
    void everyBadUploadIsReportedOnItsPageAndStoresNothing() {
        TestData data = TestData.create();
        ApiClient.useLanguage("secretariat", "sv");
        ServerLog log = ServerLog.fromNow();
        PageSession session = PageSession.loggedIn("secretariat");
        List<SecurityTable.Row> lines = SecurityTable.read(DIRECTORY + "uploads.tsv", 6);
        assertRefused(storingNothing(data, "the uploads", () -> SecurityTable.check(lines, 1,
                line -> uploadProblems(line, data, session))), log, lines.size() + " bad uploads");
    }

    /** The problems the requests show, and one more if the test's rows are not as they were before them. */
    private static List<String> storingNothing(TestData data, String what, Supplier<List<String>> requests) {
        JsonObject before = data.state();
        List<String> problems = new ArrayList<>(requests.get());
        JsonObject after = data.state();
        if (!before.equals(after)) {
            problems.add(what + " stored something: " + before + " became " + after);
        }
        return problems;
    }

    /** Fails on any problem, and on any stack trace or error the requests left in the server log. */
    private static void assertRefused(List<String> problems, ServerLog log, String what) {
        List<String> all = new ArrayList<>(problems);
        all.addAll(log.failures());
        assertTrue(all.isEmpty(), all.size() + " problems in " + what + ":\n" + String.join("\n", all));
    }

    /** The lines of api.tsv, and each body of json-bodies.tsv sent to each endpoint of json-endpoints.tsv. */
    private static List<ApiCase> apiCases(TestData data) {
        List<ApiCase> cases = new ArrayList<>();
        for (SecurityTable.Row line : SecurityTable.read(DIRECTORY + "api.tsv", 6)) {
            cases.add(new ApiCase(line.where(), line.cell(0), text(data.fill(line.cell(1))), line.cell(2),
                    line.cell(3), "-".equals(line.cell(4)) ? null : bytes(data.fill(line.cell(4))),
                    Integer.parseInt(line.cell(5))));
        }
        List<SecurityTable.Row> bodies = SecurityTable.read(DIRECTORY + "json-bodies.tsv", 3);
        for (SecurityTable.Row endpoint : SecurityTable.read(DIRECTORY + "json-endpoints.tsv", 3)) {
            for (SecurityTable.Row body : bodies) {
                cases.add(new ApiCase(body.where() + " to " + endpoint.where(), endpoint.cell(0),
                        data.fill(endpoint.cell(1)), endpoint.cell(2), body.cell(0), bytes(data.fill(body.cell(1))),
                        Integer.parseInt(body.cell(2))));
            }
        }
        return cases;
    }

    private static List<String> apiProblems(ApiCase line, ApiClient caller) {
        String type = line.body() == null ? null : "-".equals(line.type()) ? "application/json" : line.type();
        HttpResponse<String> answer = caller.send(line.method(), line.path(), type, line.body());
        List<String> problems = new ArrayList<>();
        if (answer.statusCode() != line.expected()) {
            problems.add("expected " + line.expected() + ", got " + answer.statusCode());
        }
        problems.addAll(leaks(API_LEAKS, answer.body()));
        if (answer.statusCode() >= 400 && !isApiError(answer)) {
            problems.add("the body is not the API's JSON error");
        }
        return problems.isEmpty() ? List.of() : List.of(line.where() + " " + line.method() + " "
                + shortened(line.path()) + " " + (line.body() == null ? "" : shortened(new String(line.body(),
                        StandardCharsets.UTF_8))) + ": " + String.join("; ", problems) + " — "
                + shortened(answer.body()));
    }

    /** Whether the answer is {@code {"error": code, "message": text}} as the README says. */
    private static boolean isApiError(HttpResponse<String> answer) {
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return false;
        }
        try {
            JsonObject error = Json.createReader(new StringReader(answer.body())).readObject();
            return error.get("error") instanceof JsonString && error.get("message") instanceof JsonString;
        } catch (JsonParsingException | ClassCastException notAnObject) {
            return false;
        }
    }

    private static PageSession session(Map<String, PageSession> sessions, String caller) {
        synchronized (sessions) {
            return sessions.computeIfAbsent(caller,
                    who -> "anonymous".equals(who) ? PageSession.anonymous() : PageSession.loggedIn(who));
        }
    }

    /** A line of pages.tsv: a page asked for, or a form sent to it (after asking for it, for its view state). */
    private static List<String> pageProblems(SecurityTable.Row line, TestData data, PageSession session) {
        String path = text(data.fill(line.cell(1)));
        HttpResponse<String> answer;
        if ("GET".equals(line.cell(0))) {
            answer = session.get(path);
        } else {
            String form = text(data.fill(asThePageGaveIt(line.cell(3), session.get(path).body())));
            answer = session.post(path, "AJAX".equals(line.cell(0)), form);
        }
        return pageAnswerProblems(line, answer, data.fill(line.cell(5)));
    }

    /** The form with the view state and nonce of the page as it was just asked for, where the line names them. */
    private static String asThePageGaveIt(String form, String page) {
        String filled = form.contains("${viewState}") ? form.replace("${viewState}", PageSession.viewState(page)) : form;
        return filled.contains("${nonce}") ? filled.replace("${nonce}", PageSession.nonce(page)) : filled;
    }

    /** A line of uploads.tsv: the page asked for, then its form sent with the file. */
    private static List<String> uploadProblems(SecurityTable.Row line, TestData data, PageSession session) {
        String path = data.fill(line.cell(0));
        String fields = data.fill(asThePageGaveIt(line.cell(1), session.get(path).body()));
        String[] file = line.cell(3).split("\\|", 2);
        HttpResponse<String> answer = session.upload(path, fields, line.cell(2), file[0], file(file[1], data));
        return pageAnswerProblems(line, answer, data.fill(line.cell(5)));
    }

    /** What is wrong with a page's answer: the status and text the line expects (for a redirect: where to). */
    private static List<String> pageAnswerProblems(SecurityTable.Row line, HttpResponse<String> answer, String text) {
        int expected = Integer.parseInt(line.cell(4));
        List<String> problems = new ArrayList<>();
        if (answer.statusCode() != expected) {
            problems.add("expected " + expected + ", got " + answer.statusCode());
        }
        Matcher ajaxRedirect = AJAX_REDIRECT.matcher(answer.body());
        if (answer.statusCode() / 100 == 3 || ajaxRedirect.find()) {
            String location = answer.statusCode() / 100 == 3
                    ? answer.headers().firstValue("Location").orElse("") : ajaxRedirect.group(1);
            if (!location.contains(text)) {
                problems.add("expected a redirect to " + text + ", got " + location);
            }
        } else {
            if (!answer.body().contains(PRODUCT)) {
                problems.add("not a page of the product");
            }
            if (!answer.body().contains(text)) {
                problems.add("expected the page to say \"" + text + "\"");
            }
        }
        problems.addAll(leaks(PAGE_LEAKS, answer.body()));
        return problems.isEmpty() ? List.of() : List.of(line.where() + " " + line.cell(0) + " "
                + shortened(line.cell(1)) + ": " + String.join("; ", problems));
    }

    private static List<String> leaks(Pattern leak, String body) {
        Matcher shown = leak.matcher(body);
        return shown.find() ? List.of("the answer shows \"" + shown.group().strip() + "\"") : List.of();
    }

    /** The file a line of uploads.tsv names: empty, text, random:N bytes, a broken calendar or a zip bomb. */
    private static byte[] file(String generator, TestData data) {
        String[] kind = generator.split(":", 2);
        return switch (kind[0]) {
            case "empty" -> new byte[0];
            case "text" -> "Det här är en anteckning, inte en fil av det slag som väntas.\n"
                    .getBytes(StandardCharsets.UTF_8);
            case "random" -> {
                byte[] bytes = new byte[Integer.parseInt(kind[1])];
                new Random(bytes.length).nextBytes(bytes);
                yield bytes;
            }
            case "broken-calendar" -> ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:korpus\r\n"
                    + "DTSTART:20230230T100000\r\nRRULE:FREQ=SECONDLY;COUNT=-1\r\n").getBytes(StandardCharsets.UTF_8);
            case "zip-bomb" -> zipBomb(ApiClient.demo("secretariat").download(data.fill(
                    "plans/${planYear}/follow-up.xlsx")).body());
            default -> throw new IllegalStateException("no file generator " + generator);
        };
    }

    /**
     * The follow-up workbook of the test's plan with its second sheet padded by 200 MB of spaces: a valid workbook,
     * about 200 kB zipped.
     */
    private static byte[] zipBomb(byte[] xlsx) {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] part = in.readAllBytes();
                String content = new String(part, StandardCharsets.UTF_8);
                int padded = content.indexOf("<sheetData>");
                if (entry.getName().equals("xl/worksheets/sheet2.xml") && padded >= 0) {
                    out.write(content.substring(0, padded).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int megabytes = 0; megabytes < 200; megabytes++) {
                        out.write(spaces);
                    }
                    out.write(content.substring(padded).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(part);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bomb.toByteArray();
    }

    /** A body as the tables write it: {@code ${repeat:N:x}}, {@code ${char:HEX}} and {@code ${byte:HEX}} made. */
    private static byte[] bytes(String template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher generated = GENERATED.matcher(template);
        int done = 0;
        while (generated.find()) {
            out.writeBytes(template.substring(done, generated.start()).getBytes(StandardCharsets.UTF_8));
            String argument = generated.group(2);
            switch (generated.group(1)) {
                case "repeat" -> {
                    int colon = argument.indexOf(':');
                    out.writeBytes(argument.substring(colon + 1).repeat(Integer.parseInt(argument.substring(0, colon)))
                            .getBytes(StandardCharsets.UTF_8));
                }
                case "char" -> out.writeBytes(Character.toString(Integer.parseInt(argument, 16))
                        .getBytes(StandardCharsets.UTF_8));
                default -> out.write(Integer.parseInt(argument, 16));
            }
            done = generated.end();
        }
        out.writeBytes(template.substring(done).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** An address or form as the tables write it, its {@code ${repeat:N:x}} made. */
    private static String text(String template) {
        return new String(bytes(template), StandardCharsets.UTF_8);
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
