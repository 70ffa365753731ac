package se.sodertorn.governance.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.ejb.search.SearchHit;
import se.sodertorn.governance.ejb.search.SearchKind;
import se.sodertorn.governance.ejb.search.SearchQuery;
import se.sodertorn.governance.ejb.search.SearchResults;
import se.sodertorn.governance.ejb.search.SearchService;
import se.sodertorn.governance.web.security.ControlCharacters;

/**
 * Search across the cooperation's records: {@code GET /api/search?q=…&kind=…&body=…&year=…&first=…&size=…} and, for
 * administrators, {@code POST /api/search/reindex}, which rebuilds the index from the database.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SearchResource {

    @EJB
    private SearchService search;
    @Context
    private UriInfo uri;

    /**
     * The records matching {@code q} (required; all words must occur) that the caller may read, best first:
     * {@code kind} one of meeting, agenda-item, decision, action-item, activity, paper, person, body; {@code body} a
     * body's id; {@code year} e.g. 2026; {@code first} from 0; {@code size} 1 to 100 (20 unless given).
     */
    @GET
    public ResultsJson find(@QueryParam("q") String text, @QueryParam("kind") String kind,
            @QueryParam("body") Long bodyId, @QueryParam("year") Integer year,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        if (text == null || text.isBlank()) {
            throw ApiErrors.badRequest("invalid", "q: the words to search for are required.");
        }
        SearchKind chosen = kind == null || kind.isBlank() ? null : SearchKind.ofKey(kind).orElseThrow(
                () -> ApiErrors.badRequest("invalid", "kind: one of " + kinds() + "."));
        SearchResults results = search.search(new SearchQuery(ControlCharacters.cleaned(text), chosen, bodyId, year),
                first, size);
        Map<String, Long> byKind = new LinkedHashMap<>();
        results.byKind().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(count -> byKind.put(count.getKey().key(), count.getValue()));
        return new ResultsJson(results.hits().total(), results.hits().more(), byKind,
                results.hits().rows().stream().map(this::hit).toList());
    }

    /** Rebuilds the index from the database and answers how many records it holds (administrators). */
    @POST
    @Path("reindex")
    public ReindexJson reindex() throws InterruptedException {
        return new ReindexJson(search.reindex());
    }

    private HitJson hit(SearchHit hit) {
        return new HitJson(hit.kind().key(), hit.id(), hit.title(), hit.fragmentHtml(),
                uri.getBaseUri().resolve("../" + hit.link()).toString());
    }

    private static String kinds() {
        return String.join(", ", List.of(SearchKind.values()).stream().map(SearchKind::key).toList());
    }

    /**
     * @param total  the number of matching records of the kind asked for (all kinds without one)
     * @param more   whether hits follow this page
     * @param byKind the number of matching records of each kind with any
     * @param hits   the page, best first
     */
    public record ResultsJson(long total, boolean more, Map<String, Long> byKind, List<HitJson> hits) {
    }

    /**
     * @param fragment HTML: the text around the found words, escaped, each found word in {@code <mark>}
     * @param link     the address of the page showing the record
     */
    public record HitJson(String kind, long id, String title, String fragment, String link) {
    }

    /** @param indexed the number of records in the rebuilt index */
    public record ReindexJson(long indexed) {
    }
}
