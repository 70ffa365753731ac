package se.sodertorn.governance.benchmarks.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page with a lazy PrimeFaces table, as a browser drives it: the full page, and the Ajax requests the table's
 * script sends to page, sort and filter (the parameters of PrimeFaces 15's {@code DataTable} widget: {@code
 * paginate}, {@code sort} and {@code filter} in {@code components.js}).
 */
final class FacesTable {

    /** Rows a page, as both tables render them. */
    static final int ROWS = 20;
    private static final Pattern TOTAL = Pattern.compile("totalRecords(?:\"|&#34;):(\\d+)");

    private final String name;
    private final String pagePath;
    private final String formId;
    private final String tableId;
    private final String user;
    private final String password;
    private final Pattern titleColumn;
    private final String countId;

    private FacesTable(String name, String pagePath, String formId, String countId, String user, String password) {
        this.name = name;
        this.pagePath = pagePath;
        this.formId = formId;
        this.countId = countId;
        this.tableId = formId + ":table";
        this.user = user;
        this.password = password;
        this.titleColumn = Pattern.compile("<th id=\"(" + Pattern.quote(tableId) + ":[^\"]+)\"[^>]*ui-sortable-column");
    }

    /**
     * The application's plan page; its users log in first. Its table's filter event also renders the line that
     * says how many activities match ({@code activities:matches}), as the page's script asks.
     */
    static FacesTable app(String user, String password) {
        return new FacesTable("app", "/governance/plans/plan.xhtml?year=", "activities", "activities:matches", user,
                password);
    }

    /** The bare table of governance-benchmarks/bare-table; no login. */
    static FacesTable bare() {
        return new FacesTable("bare", "/bare/table.xhtml?year=", "bare", null, null, null);
    }

    String name() {
        return name;
    }

    /** Logs the client in through the login form if the page needs it. */
    void login(WebClient client) throws IOException, InterruptedException {
        if (user == null) {
            return;
        }
        client.page("/governance/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        HttpResponse<String> response = client.post("/governance/login.xhtml", form, false);
        if (response.statusCode() != 200 || response.body().contains("id=\"login:username\"")) {
            throw new IllegalStateException("login as " + user + " failed: HTTP " + response.statusCode());
        }
    }

    /** GETs the page of the year (a new view, whose state later Ajax requests use); true if the table is there. */
    boolean fullPage(WebClient client, int year) throws IOException, InterruptedException {
        HttpResponse<String> response = client.page(pagePath + year);
        String body = response.body();
        return response.statusCode() == 200 && client.hasViewState() && body.contains("id=\"" + tableId + "\"")
                && body.contains("data-ri=\"" + (ROWS - 1) + "\"");
    }

    /** Ajax: goes to the page starting at row first; true if the response holds that page's rows. */
    boolean paginate(WebClient client, int first, String expectedFirstTitle) throws IOException, InterruptedException {
        Map<String, String> fields = ajax("");
        fields.put(tableId + "_pagination", "true");
        fields.put(tableId + "_first", String.valueOf(first));
        fields.put(tableId + "_rows", String.valueOf(ROWS));
        fields.put(tableId + "_skipChildren", "true");
        fields.put(tableId + "_encodeFeature", "true");
        String body = send(client, fields);
        return body != null && body.contains("data-ri=\"" + first + "\"")
                && body.contains("data-ri=\"" + (first + ROWS - 1) + "\"")
                && (expectedFirstTitle == null || body.contains(expectedFirstTitle));
    }

    /** Ajax: sorts ascending by the title column; true if the response starts with the expected title. */
    boolean sortByTitle(WebClient client, String titleColumnId, String expectedFirstTitle)
            throws IOException, InterruptedException {
        Map<String, String> fields = ajax("");
        fields.put(tableId + "_sorting", "true");
        fields.put(tableId + "_skipChildren", "true");
        fields.put(tableId + "_encodeFeature", "true");
        fields.put(tableId + "_sortKey", titleColumnId);
        fields.put(tableId + "_sortDir", "1");
        String body = send(client, fields);
        return body != null && body.contains("data-ri=\"0\"") && body.contains(expectedFirstTitle);
    }

    /**
     * Ajax: filters with the table's global filter; the number of matching rows the response reports, or -1 (also
     * when the line that says how many match is missing from the application's answer).
     */
    long filter(WebClient client, String text) throws IOException, InterruptedException {
        Map<String, String> fields = ajax(text);
        fields.put(tableId + "_filtering", "true");
        fields.put(tableId + "_encodeFeature", "true");
        if (countId != null) {
            fields.put("jakarta.faces.behavior.event", "filter");
            fields.put("jakarta.faces.partial.event", "filter");
            fields.put("jakarta.faces.partial.render", tableId + " " + countId);
        }
        String body = send(client, fields);
        if (body == null || countId != null && !body.contains("id=\"" + countId + "\"")) {
            return -1;
        }
        Matcher total = TOTAL.matcher(body);
        return total.find() ? Long.parseLong(total.group(1)) : -1;
    }

    /** The client id of the title column's header in the page last fetched by fullPage (its sort key). */
    String titleColumnId(String pageHtml) {
        Matcher m = titleColumn.matcher(pageHtml);
        if (!m.find()) {
            throw new IllegalStateException(name + ": no sortable column in the page");
        }
        return m.group(1);
    }

    String pagePath(int year) {
        return pagePath + year;
    }

    private Map<String, String> ajax(String filterText) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", tableId);
        fields.put("jakarta.faces.partial.execute", tableId);
        fields.put("jakarta.faces.partial.render", tableId);
        fields.put(formId, formId);
        fields.put(tableId + ":globalFilter", filterText);
        return fields;
    }

    /** The partial response's body, or null if it was not a good one (error, redirect to login or expired page). */
    private String send(WebClient client, Map<String, String> fields) throws IOException, InterruptedException {
        String action = client.formAction(formId);
        if (action == null) {
            return null;
        }
        HttpResponse<String> response = client.post(action, fields, true);
        String body = response.body();
        boolean good = response.statusCode() == 200 && body.contains("<partial-response")
                && !body.contains("<redirect") && !body.contains("<error>");
        return good ? body : null;
    }
}
