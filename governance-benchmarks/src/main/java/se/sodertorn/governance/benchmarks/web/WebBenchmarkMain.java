package se.sodertorn.governance.benchmarks.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load half of the web benchmark (started by {@code run-web.sh} on a server it set up): for each loaded plan,
 * the application's plan page against the bare table, case by case with the runs interleaved, then the typing of
 * a filter term, then the plans API with HTTP Basic and, if the server has them, API tokens. Every answer is
 * checked against the database (rows of the page, first title, number of matches), not only its status.
 */
public final class WebBenchmarkMain {

    private static final String TERM = "biogas";
    /**
     * How many matches the application's table counts at most (its PageRequest.SEARCH_COUNT_LIMIT): beyond it the
     * table's total is this limit and the page says there are more; 0 for an application that counts them all.
     */
    private static final long APP_COUNT_LIMIT = Long.getLong("bench.appCountLimit", 1000);
    private static final int PAGE_50_FIRST = 49 * FacesTable.ROWS;

    private final String base = System.getProperty("bench.base", "http://127.0.0.1:8380");
    private final String user = System.getProperty("bench.user", "director");
    private final String password = System.getProperty("bench.password");
    private final String jdbc = System.getProperty("bench.jdbc", "jdbc:postgresql://127.0.0.1:5432/bench");
    private final int clients = Integer.getInteger("bench.clients", 8);
    private final double warmup = Double.parseDouble(System.getProperty("bench.warmup", "2"));
    private final double duration = Double.parseDouble(System.getProperty("bench.duration", "6"));
    private final int rounds = Integer.getInteger("bench.rounds", 3);
    private final int typingRepeats = Integer.getInteger("bench.typingRepeats", 5);

    /** What the database says a plan's table must show. */
    private record Expected(int size, int year, String row981Marker, String firstByTitleMarker, long appMatches,
            long bareMatches) {

        /** The total the application's table reports for the term: every match, or its count limit. */
        long appTotal() {
            return APP_COUNT_LIMIT > 0 ? Math.min(appMatches, APP_COUNT_LIMIT) : appMatches;
        }
    }

    /** A case of the table benchmark: what a client does first, and the request it repeats. */
    private record TableCase(String name, Step prepare, Step request) {
    }

    @FunctionalInterface
    private interface Step {
        boolean run(FacesTable table, WebClient client, Expected plan, String titleColumn) throws Exception;
    }

    private WebBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        new WebBenchmarkMain().run();
    }

    private void run() throws Exception {
        List<Expected> plans = new ArrayList<>();
        for (String plan : System.getProperty("bench.plans", "10000:2091").split(",")) {
            String[] parts = plan.split(":");
            plans.add(expected(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        }
        System.out.printf(Locale.ROOT, "clients %d, warm-up %.0f s, measured %.0f s a run, %d rounds (app and bare"
                + " interleaved), typing repeated %d times%n", clients, warmup, duration, rounds, typingRepeats);
        String token = token();
        FacesTable app = FacesTable.app(user, password);
        FacesTable bare = FacesTable.bare();
        for (Expected plan : plans) {
            System.out.printf(Locale.ROOT, "%n--- %,d activities (plan %d; matches of \"%s\": app %,d in title,"
                    + " description or comment, of which its table counts %,d, bare %,d in title) ---%n", plan.size(),
                    plan.year(), TERM, plan.appMatches(), plan.appTotal(), plan.bareMatches());
            tables(plan, app, bare);
            if (runs("c")) {
                typing(plan, app, bare);
            }
            if (runs("d")) {
                api(plan, token);
            }
        }
    }

    private void tables(Expected plan, FacesTable app, FacesTable bare) throws Exception {
        List<TableCase> all = List.of(
                new TableCase("a. full page GET", (t, c, p, col) -> true,
                        (t, c, p, col) -> t.fullPage(c, p.year())),
                new TableCase("b1. Ajax: to page 50", (t, c, p, col) -> t.fullPage(c, p.year()),
                        (t, c, p, col) -> t.paginate(c, PAGE_50_FIRST, p.row981Marker())),
                new TableCase("b2. Ajax: sort by title", (t, c, p, col) -> t.fullPage(c, p.year()),
                        (t, c, p, col) -> t.sortByTitle(c, col, p.firstByTitleMarker())),
                new TableCase("b3. Ajax: filter \"" + TERM + "\"", (t, c, p, col) -> t.fullPage(c, p.year()),
                        (t, c, p, col) -> t.filter(c, TERM) == (t == app ? p.appTotal() : p.bareMatches())));
        List<TableCase> cases = all.stream().filter(c -> runs(c.name().substring(0, c.name().indexOf('.')))).toList();
        if (cases.isEmpty()) {
            return;
        }
        Map<FacesTable, List<WebClient>> users = new LinkedHashMap<>();
        Map<FacesTable, String> titleColumns = new LinkedHashMap<>();
        for (FacesTable table : List.of(app, bare)) {
            List<WebClient> list = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                WebClient client = new WebClient(base);
                table.login(client);
                list.add(client);
            }
            users.put(table, list);
            WebClient first = list.get(0);
            check(table.fullPage(first, plan.year()), table.name() + ": the page of " + plan.year() + " has no rows");
            titleColumns.put(table, table.titleColumnId(first.lastPage()));
            for (TableCase c : cases) {
                check(c.prepare().run(table, first, plan, titleColumns.get(table))
                        && c.request().run(table, first, plan, titleColumns.get(table)),
                        table.name() + ": wrong answer to " + c.name());
            }
        }
        Map<String, Measurement[]> results = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (TableCase c : cases) {
                List<FacesTable> order = round % 2 == 1 ? List.of(app, bare) : List.of(bare, app);
                Measurement[] sums = results.computeIfAbsent(c.name(), k -> new Measurement[] {Measurement.NONE,
                        Measurement.NONE});
                for (FacesTable table : order) {
                    String column = titleColumns.get(table);
                    Measurement m = LoadRunner.run(users.get(table),
                            client -> c.prepare().run(table, client, plan, column),
                            client -> c.request().run(table, client, plan, column), warmup, duration);
                    System.out.printf(Locale.ROOT, "  round %d %-26s %-4s %8.1f req/s  p50 %8.1f ms  p95 %8.1f ms%s%n",
                            round, c.name(), table.name(), m.perSecond(), m.percentile(50), m.percentile(95),
                            m.failures() == 0 ? "" : "  FAILED " + m.failures());
                    int index = table == app ? 0 : 1;
                    sums[index] = sums[index].plus(m);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n  %-26s | %9s %9s %9s | %9s %9s %9s | %9s %9s%n", "case (all rounds)",
                "app req/s", "p50 ms", "p95 ms", "bare req/s", "p50 ms", "p95 ms", "app/bare", "app/bare");
        System.out.printf(Locale.ROOT, "  %-26s | %9s %9s %9s | %9s %9s %9s | %9s %9s%n", "", "", "", "", "", "", "",
                "req/s", "p50");
        for (Map.Entry<String, Measurement[]> e : results.entrySet()) {
            Measurement a = e.getValue()[0];
            Measurement b = e.getValue()[1];
            System.out.printf(Locale.ROOT, "  %-26s | %9.1f %9.1f %9.1f | %9.1f %9.1f %9.1f | %9.2f %9.2f%s%n",
                    e.getKey(), a.perSecond(), a.percentile(50), a.percentile(95), b.perSecond(), b.percentile(50),
                    b.percentile(95), a.perSecond() / b.perSecond(), a.percentile(50) / b.percentile(50),
                    a.failures() + b.failures() == 0 ? "" : "  failures " + a.failures() + "/" + b.failures());
        }
    }

    /** One user types the term into the global filter, one request a key; the time of the last, app and bare. */
    private void typing(Expected plan, FacesTable app, FacesTable bare) throws Exception {
        Map<FacesTable, WebClient> typists = new LinkedHashMap<>();
        Map<FacesTable, double[]> times = new LinkedHashMap<>();
        for (FacesTable table : List.of(app, bare)) {
            WebClient client = new WebClient(base);
            table.login(client);
            typists.put(table, client);
            times.put(table, new double[typingRepeats]);
        }
        for (int i = 0; i < typingRepeats; i++) {
            for (FacesTable table : i % 2 == 0 ? List.of(app, bare) : List.of(bare, app)) {
                WebClient client = typists.get(table);
                check(table.fullPage(client, plan.year()), table.name() + ": no page to type in");
                long matches = -1;
                for (int k = 1; k <= TERM.length(); k++) {
                    long started = System.nanoTime();
                    matches = table.filter(client, TERM.substring(0, k));
                    times.get(table)[i] = (System.nanoTime() - started) / 1e6;
                }
                check(matches == (table == app ? plan.appTotal() : plan.bareMatches()),
                        table.name() + ": typing \"" + TERM + "\" found " + matches);
            }
        }
        double a = median(times.get(app));
        double b = median(times.get(bare));
        System.out.printf(Locale.ROOT, "  %-26s | app %8.1f ms | bare %8.1f ms | app/bare %6.2f   (median of %d,"
                + " request of the final term, after \"%s\")%n", "c. typing \"" + TERM + "\"", a, b, a / b,
                typingRepeats, TERM.substring(0, TERM.length() - 1));
    }

    /** GET /api/plans with HTTP Basic, and with the token if there is one, interleaved; same clients count. */
    private void api(Expected plan, String token) throws Exception {
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Map<String, String> schemes = new LinkedHashMap<>();
        schemes.put("Basic", basic);
        if (token != null) {
            schemes.put("Bearer", "Bearer " + token);
        }
        Map<String, Measurement> sums = new LinkedHashMap<>();
        List<WebClient> apiClients = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            apiClients.add(new WebClient(base, false));
        }
        String yearField = "\"year\":" + plan.year();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, String> scheme : schemes.entrySet()) {
                Measurement m = LoadRunner.run(apiClients, client -> true, client -> {
                    HttpResponse<String> response = client.get("/governance/api/plans", scheme.getValue());
                    return response.statusCode() == 200 && response.body().contains(yearField);
                }, warmup, duration);
                System.out.printf(Locale.ROOT, "  round %d %-26s %-6s %8.1f req/s  p50 %8.1f ms  p95 %8.1f ms%s%n",
                        round, "d. GET /api/plans", scheme.getKey(), m.perSecond(), m.percentile(50),
                        m.percentile(95), m.failures() == 0 ? "" : "  FAILED " + m.failures());
                sums.merge(scheme.getKey(), m, Measurement::plus);
            }
        }
        Measurement b = sums.get("Basic");
        Measurement t = sums.get("Bearer");
        System.out.printf(Locale.ROOT, "  %-26s | Basic %8.1f req/s p50 %7.1f ms p95 %7.1f ms | Bearer %s%n",
                "d. GET /api/plans", b.perSecond(), b.percentile(50), b.percentile(95),
                t == null ? "n/a (no API tokens on this server)"
                        : String.format(Locale.ROOT, "%8.1f req/s p50 %7.1f ms p95 %7.1f ms | Bearer/Basic req/s %.2f",
                                t.perSecond(), t.percentile(50), t.percentile(95), t.perSecond() / b.perSecond()));
    }

    /**
     * The API token to send as Bearer: GOVERNANCE_BENCH_TOKEN, else one the server makes for the user when asked
     * at one of the usual addresses (GOVERNANCE_BENCH_TOKEN_PATH, /api/me/tokens, /api/tokens); null if the server
     * has no tokens, or does not take the one given.
     */
    private String token() throws Exception {
        WebClient client = new WebClient(base);
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String token = System.getenv("GOVERNANCE_BENCH_TOKEN");
        if (token == null || token.isBlank()) {
            token = null;
            List<String> paths = new ArrayList<>();
            String configured = System.getenv("GOVERNANCE_BENCH_TOKEN_PATH");
            if (configured != null && !configured.isBlank()) {
                paths.add(configured);
            }
            paths.addAll(List.of("/governance/api/me/tokens", "/governance/api/tokens"));
            Pattern field = Pattern.compile("\"(?:token|secret|value)\"\\s*:\\s*\"([^\"]{16,})\"");
            for (String path : paths) {
                HttpResponse<String> response = client.postJson(path, basic, "{\"name\":\"benchmark\"}");
                Matcher m = field.matcher(response.body());
                if (response.statusCode() / 100 == 2 && m.find()) {
                    token = m.group(1);
                    System.out.println("API token made by POST " + path);
                    break;
                }
            }
        }
        if (token != null) {
            HttpResponse<String> check = client.get("/governance/api/plans", "Bearer " + token);
            if (check.statusCode() != 200) {
                System.out.println("The server refused the API token (HTTP " + check.statusCode() + ")");
                token = null;
            }
        }
        System.out.println("API tokens: " + (token == null ? "n/a" : "yes, Bearer measured"));
        return token;
    }

    private Expected expected(int size, int year) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            long plan = single(db, "select id from activity_plan where plan_year = ?", year);
            long count = single(db, "select count(*) from activity where plan_id = ?", plan);
            check(count == size, "plan " + year + " has " + count + " activities, not " + size);
            String like = "'%" + TERM + "%'";
            return new Expected(size, year,
                    marker(text(db, "select title from activity where plan_id = ? order by id offset "
                            + PAGE_50_FIRST + " limit 1", plan)),
                    marker(text(db, "select title from activity where plan_id = ? order by title limit 1", plan)),
                    single(db, "select count(*) from activity where plan_id = ? and (lower(title) like " + like
                            + " or lower(description) like " + like + " or lower(follow_up_comment) like " + like
                            + ")", plan),
                    single(db, "select count(*) from activity where plan_id = ? and lower(title) like " + like, plan));
        }
    }

    /** The unique end of a loaded title, "(row)", which no escaping of the page changes. */
    private static String marker(String title) {
        return title.substring(title.lastIndexOf('('));
    }

    private static long single(Connection db, String sql, long parameter) throws SQLException {
        return Long.parseLong(text(db, sql, parameter));
    }

    private static String text(Connection db, String sql, long parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no row: " + sql);
                }
                return rows.getString(1);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /** Whether the case of this letter (a, b1, b2, b3, c, d) is to run: all, or those listed in bench.cases. */
    private static boolean runs(String letter) {
        String only = System.getProperty("bench.cases", "");
        return only.isBlank() || Arrays.asList(only.split(",")).contains(letter);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
