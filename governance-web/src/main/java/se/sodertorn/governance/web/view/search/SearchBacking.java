package se.sodertorn.governance.web.view.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.search.SearchHit;
import se.sodertorn.governance.ejb.search.SearchKind;
import se.sodertorn.governance.ejb.search.SearchQuery;
import se.sodertorn.governance.ejb.search.SearchResults;
import se.sodertorn.governance.ejb.search.SearchService;
import se.sodertorn.governance.web.i18n.LocaleBacking;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.security.ControlCharacters;

/**
 * The search page, {@code search.xhtml?q=…&kind=…&body=…&year=…&page=…}: an address that can be bookmarked and sent
 * on. Parameters that are not what they should be (an unknown kind, a year of letters) are told as a message, never
 * as an error page.
 */
@Named
@RequestScoped
public class SearchBacking {

    /** Hits on one page. */
    public static final int PAGE_SIZE = 20;
    /** The last page that can be asked for: the service pages only so deep. */
    private static final int PAGES_MAX = SearchService.HITS_MAX / PAGE_SIZE;

    @Inject
    private LocaleBacking language;
    @EJB
    private SearchService search;

    private String q;
    private String kind;
    private String body;
    private String year;
    private String page;
    private SearchResults results;
    private SearchKind chosenKind;
    private int pageNumber = 1;

    /** Runs the search the address asks for, if it asks for one. */
    public void run() {
        if (q == null || q.isBlank()) {
            return;
        }
        try {
            chosenKind = kind == null || kind.isBlank() ? null
                    : SearchKind.ofKey(kind).orElseThrow(() -> new GovernanceException("search.unknownKind"));
            Long bodyId = number(body, "search.badBody");
            Long yearNumber = number(year, "search.badYear");
            if (yearNumber != null && (yearNumber < 1900 || yearNumber > 2200)) {
                throw new GovernanceException("search.badYear");
            }
            Long asked = number(page, "search.badPage");
            pageNumber = asked == null ? 1 : (int) Math.max(1, Math.min(asked, Integer.MAX_VALUE));
            results = search.search(new SearchQuery(ControlCharacters.cleaned(q), chosenKind, bodyId,
                    yearNumber == null ? null : yearNumber.intValue()),
                    (Math.min(pageNumber, PAGES_MAX) - 1) * PAGE_SIZE, PAGE_SIZE);
            if (results.hits().rows().isEmpty() && results.hits().total() > 0) {
                Messages.addGlobalInfo(Texts.format(language.getLocale(), "search.pageAfterLast", pageNumber,
                        getLastPage()));
            }
        } catch (GovernanceException refused) {
            Messages.addGlobalError(Texts.format(language.getLocale(), refused.getMessageKey(), refused.getArguments()));
        }
    }

    private static Long number(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException notNumber) {
            throw new GovernanceException(messageKey);
        }
    }

    /**
     * The address of this search with another kind (or {@code null} for every kind) and page, e.g.
     * {@code /governance/search.xhtml?q=beslut&kind=decision&page=2}.
     */
    public String address(String kindKey, int pageWanted) {
        StringBuilder address = new StringBuilder(Faces.getRequestContextPath()).append("/search.xhtml?q=")
                .append(encoded(q));
        appendIfGiven(address, "kind", kindKey);
        appendIfGiven(address, "body", body);
        appendIfGiven(address, "year", year);
        if (pageWanted > 1) {
            address.append("&page=").append(pageWanted);
        }
        return address.toString();
    }

    private static void appendIfGiven(StringBuilder address, String name, String value) {
        if (value != null && !value.isBlank()) {
            address.append('&').append(name).append('=').append(encoded(value));
        }
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** The page's hits grouped by kind, the kinds in their usual order, each group best first. */
    public List<Group> getGroups() {
        if (results == null) {
            return List.of();
        }
        Map<SearchKind, List<SearchHit>> grouped = new LinkedHashMap<>();
        for (SearchKind each : SearchKind.values()) {
            List<SearchHit> hits = new ArrayList<>();
            results.hits().rows().stream().filter(hit -> hit.kind() == each).forEach(hits::add);
            if (!hits.isEmpty()) {
                grouped.put(each, hits);
            }
        }
        return grouped.entrySet().stream().map(group -> new Group(group.getKey(), group.getValue())).toList();
    }

    /** Each kind with matching records and their number, for the kind links. */
    public List<Map.Entry<SearchKind, Long>> getCounts() {
        return results == null ? List.of() : results.byKind().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList();
    }

    /** The number of matching records of every kind together. */
    public long getAllCount() {
        return results == null ? 0 : results.byKind().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The number of the last page with hits (1 when there are none). */
    public long getLastPage() {
        return results == null || results.hits().total() == 0 ? 1
                : Math.min(PAGES_MAX, (results.hits().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isSearched() {
        return results != null;
    }

    public long getTotal() {
        return results == null ? 0 : results.hits().total();
    }

    public boolean isMore() {
        return results != null && results.hits().more();
    }

    /** The page asked for, from 1; it may lie after the last page with hits. */
    public int getPageNumber() {
        return pageNumber;
    }

    /** The page before this one that has hits: the one before, or the last page when this one lies after it. */
    public int getPreviousPage() {
        return (int) Math.min(pageNumber - 1L, getLastPage());
    }

    public SearchKind getChosenKind() {
        return chosenKind;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** The hits of one kind on the page. */
    public record Group(SearchKind kind, List<SearchHit> hits) {
    }
}
