package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix: every REST endpoint and every page, asked by each of the five callers, answers as
 * {@code security/authorization.tsv} declares (see its header for what allow and deny mean); and the table lists
 * exactly what the built EAR offers (its calendar feed rows aside, which are checked cell by cell only), so that a new endpoint or page cannot be left out of it. The rows name the
 * test's own data ({@link TestData}); one login per role serves every page. A refusal leaves no stack trace in the
 * server log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final String TABLE = "authorization.tsv";
    private static final List<String> CALLERS = List.of("anonymous", "member", "director", "secretariat", "admin");
    private static final int FIRST_CALLER = 4;
    private static final String FORBIDDEN_PAGE = "Inte för din roll";
    /** A body sent as text/calendar instead of JSON; {@code \n} in it is a line break (CRLF). */
    private static final String CALENDAR_BODY = "text/calendar:";
    /** A body sent as multipart/form-data with the rest as the content of the file part {@code file}. */
    private static final String FILE_BODY = "file:";
    /** How many rows that only read are asked at once; writes go one after the other. */
    private static final int READERS = 4;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTestData();
    }

    @Test
    void everyCellOfTheTableHolds() {
        TestData data = TestData.create();
        ServerLog log = ServerLog.fromNow();
        Map<String, ApiClient> api = new LinkedHashMap<>();
        Map<String, PageSession> pages = new LinkedHashMap<>();
        api.put("anonymous", ApiClient.anonymous());
        pages.put("anonymous", PageSession.anonymous());
        for (String role : CALLERS.subList(1, CALLERS.size())) {
            ApiClient.useLanguage(role, "sv");
            api.put(role, ApiClient.demo(role));
            pages.put(role, PageSession.loggedIn(role));
        }
        List<SecurityTable.Row> rows = SecurityTable.read(TABLE, FIRST_CALLER + CALLERS.size());
        Function<SecurityTable.Row, List<String>> check = row -> row(row, data, api, pages);
        List<String> differing = new ArrayList<>(SecurityTable.check(rows.stream()
                .filter(row -> "GET".equals(row.cell(1))).toList(), READERS, check));
        differing.addAll(SecurityTable.check(rows.stream().filter(row -> !"GET".equals(row.cell(1))).toList(), 1,
                check));
        differing.addAll(log.failures());
        assertTrue(differing.isEmpty(), differing.size() + " of " + rows.size() * CALLERS.size()
                + " cells differ:\n" + String.join("\n", differing));
    }

    /** What differs in the row's cells, each caller in turn. */
    private static List<String> row(SecurityTable.Row row, TestData data, Map<String, ApiClient> api,
            Map<String, PageSession> pages) {
        String path = data.fill(row.cell(2));
        List<String> differing = new ArrayList<>();
        for (int caller = 0; caller < CALLERS.size(); caller++) {
            String who = CALLERS.get(caller);
            boolean allowed = switch (row.cell(FIRST_CALLER + caller)) {
                case "allow" -> true;
                case "deny" -> false;
                default -> throw new IllegalStateException(row.where() + ": allow or deny, not "
                        + row.cell(FIRST_CALLER + caller));
            };
            String problem = switch (row.cell(0)) {
                case "api" -> apiCell(api.get(who), row.cell(1), path, data, row.cell(3), allowed, who);
                case "feed" -> feedCell(pages.get(who), path, allowed);
                default -> pageCell(pages.get(who), path, allowed, who);
            };
            if (problem != null) {
                differing.add(row.where() + " " + row.cell(1) + " " + path + " as " + who + ": " + problem);
            }
        }
        return differing;
    }

    @Test
    void theTableListsEveryEndpointAndEveryPageOfTheEarAndNothingElse() {
        DeployedEndpoints deployed = DeployedEndpoints.ofBuiltEar();
        Set<String> endpoints = new TreeSet<>();
        Set<String> pages = new TreeSet<>();
        for (SecurityTable.Row row : SecurityTable.read(TABLE, FIRST_CALLER + CALLERS.size())) {
            String path = DeployedEndpoints.normalised(row.cell(2));
            if ("feed".equals(row.cell(0))) {
                continue;
            }
            boolean added = "api".equals(row.cell(0)) ? endpoints.add(row.cell(1) + " " + path) : pages.add(path);
            assertTrue(added, row.where() + " lists " + row.cell(1) + " " + row.cell(2) + " a second time");
        }
        assertEquals(deployed.endpoints(), endpoints, "REST endpoints: the EAR's (expected) against the table's");
        assertEquals(deployed.pages(), pages, "pages: the EAR's (expected) against the table's");
    }

    /** What is wrong with the API's answer to the cell, or null. */
    private static String apiCell(ApiClient caller, String method, String path, TestData data, String body,
            boolean allowed, String who) {
        HttpResponse<String> answer;
        if (body.startsWith(FILE_BODY)) {
            PaperFiles.Multipart form = new PaperFiles.Multipart().file("file", "matris.pdf", "application/pdf",
                    body.substring(FILE_BODY.length()).getBytes(StandardCharsets.UTF_8));
            answer = caller.send(method, path, form.contentType(), form.body());
        } else {
            boolean calendar = body.startsWith(CALENDAR_BODY);
            String text = calendar ? body.substring(CALENDAR_BODY.length()).replace("\\n", "\r\n") : body;
            byte[] sent = "-".equals(body) ? null : data.fill(text).getBytes(StandardCharsets.UTF_8);
            answer = caller.send(method, path, sent == null ? null : calendar ? "text/calendar" : "application/json",
                    sent);
        }
        int status = answer.statusCode();
        if (allowed) {
            return status / 100 == 2 || status == 409 || status == 422 ? null
                    : "expected allow (2xx, 409, 422), got " + status + " " + shortened(answer.body());
        }
        int refused = "anonymous".equals(who) ? 401 : 403;
        String error = "anonymous".equals(who) ? "\"unauthorized\"" : "\"forbidden\"";
        return status == refused && answer.body().contains(error) ? null
                : "expected deny (" + refused + " " + error + "), got " + status + " " + shortened(answer.body());
    }

    /** What is wrong with the page's answer to the cell, or null. */
    private static String pageCell(PageSession session, String path, boolean allowed, String who) {
        HttpResponse<String> answer = session.get(path);
        int status = answer.statusCode();
        String location = answer.headers().firstValue("Location").orElse("");
        boolean toLogin = status == 302 && location.endsWith("/governance/login.xhtml");
        boolean forbidden = status == 403 && answer.body().contains(FORBIDDEN_PAGE);
        if (allowed) {
            return !toLogin && status != 401 && status != 403 && status < 500 && answer.body().contains("<title>")
                    ? null : "expected the page, got " + status + " " + location;
        }
        boolean refused = "anonymous".equals(who) ? toLogin : forbidden;
        return refused ? null : "expected deny (" + ("anonymous".equals(who) ? "302 to login.xhtml" : "403 "
                + FORBIDDEN_PAGE) + "), got " + status + " " + location;
    }

    /** What is wrong with a calendar feed's answer to the cell, or null: the calendar, or the feed's 404. */
    private static String feedCell(PageSession session, String path, boolean allowed) {
        HttpResponse<String> answer = session.get(path);
        int status = answer.statusCode();
        if (allowed) {
            return status == 200 && answer.body().startsWith("BEGIN:VCALENDAR") ? null
                    : "expected the calendar, got " + status + " " + shortened(answer.body());
        }
        return status == 404 && !answer.body().contains("VCALENDAR") ? null
                : "expected 404, got " + status + " " + shortened(answer.body());
    }

    private static String shortened(String body) {
        String line = body.replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
