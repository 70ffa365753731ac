package se.sodertorn.governance.ejb.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.Page;

/** Default {@link SearchService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class SearchServiceBean implements SearchService {

    /** Characters of a hit's fragment, about two lines. */
    private static final int FRAGMENT_SIZE = 200;
    private static final AggregationKey<Map<String, Long>> BY_KIND = AggregationKey.of("byKind");

    @PersistenceContext
    private EntityManager em;
    @PersistenceUnit
    private EntityManagerFactory factory;
    @Inject
    private BodyRepository bodies;

    @Override
    public SearchResults search(SearchQuery query, int first, int size) {
        if (size < 1 || size > PAGE_MAX) {
            throw new GovernanceException("search.pageOutOfRange", PAGE_MAX);
        }
        if (first < 0) {
            throw new GovernanceException("search.firstOutOfRange");
        }
        if (first > HITS_MAX - size) {
            throw new GovernanceException("search.tooDeep", HITS_MAX);
        }
        if (query.bodyId() != null && bodies.find(query.bodyId()).isEmpty()) {
            throw new GovernanceException("search.unknownBody");
        }
        List<SearchKind> all = List.of(SearchKind.values());
        SearchSession search = Search.session(em);
        Map<String, Long> counted = search.search(entities(all))
                .where((f, root) -> matching(f, root, query))
                .aggregation(BY_KIND, f -> f.terms().field(SearchFields.KIND, String.class)
                        .maxTermCount(SearchKind.values().length))
                .fetch(0).aggregation(BY_KIND);
        Map<SearchKind, Long> byKind = new EnumMap<>(SearchKind.class);
        all.forEach(kind -> {
            Long count = counted.get(kind.key());
            if (count != null) {
                byKind.put(kind, count);
            }
        });
        List<SearchKind> wanted = query.kind() == null ? all : List.of(query.kind());
        SearchResult<List<?>> found = search.search(entities(wanted))
                .select(f -> f.composite(
                        f.field(SearchFields.KIND, String.class).toProjection(),
                        f.id(Long.class).toProjection(),
                        f.field(SearchFields.TITLE, String.class).toProjection(),
                        f.field(SearchFields.TEXT, String.class).toProjection(),
                        f.field(SearchFields.LINK, String.class).toProjection()))
                .where((f, root) -> matching(f, root, query))
                .fetch(first, size);
        Highlighting highlighting = new Highlighting(Search.mapping(factory).backend().unwrap(LuceneBackend.class)
                .analyzer(SwedishAnalysis.SWEDISH).orElseThrow(), FRAGMENT_SIZE);
        List<SearchHit> hits = found.hits().stream().map(fields -> hit(fields, query.text(), highlighting)).toList();
        long total = found.total().hitCount();
        return new SearchResults(new Page<>(hits, total, first + hits.size() < total), byKind);
    }

    private static void matching(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root,
                                 SearchQuery query) {
        root.add(f.simpleQueryString().field(SearchFields.TITLE).boost(2f).field(SearchFields.TEXT)
                .matching(query.text()).defaultOperator(BooleanOperator.AND));
        if (query.bodyId() != null) {
            root.add(f.match().field(SearchFields.BODY).matching(query.bodyId()));
        }
        if (query.year() != null) {
            root.add(f.match().field(SearchFields.YEAR).matching(query.year()));
        }
    }

    /**
     * A hit from its projected fields (kind, id, title, text, link); its fragment is where the words occur in its
     * text, else the start of its text (an item's meeting, a paper's first lines), else its title with the words.
     */
    private static SearchHit hit(List<?> fields, String words, Highlighting highlighting) {
        String title = (String) fields.get(2);
        String text = (String) fields.get(3);
        String fragment = highlighting.fragment(words, text);
        if (fragment == null) {
            fragment = text != null ? highlighting.start(text) : highlighting.fragment(words, title);
        }
        return new SearchHit(SearchKind.ofKey((String) fields.get(0)).orElseThrow(), (Long) fields.get(1), title,
                highlighting.whole(words, title), fragment, (String) fields.get(4));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long reindex() throws InterruptedException {
        List<SearchKind> all = List.of(SearchKind.values());
        Search.mapping(factory).scope(Object.class, entityNames(all)).massIndexer().startAndWait();
        return indexedRecords(em);
    }

    /** How many records the index holds, of every kind. */
    static long indexedRecords(EntityManager em) {
        return Search.session(em).search(entities(List.of(SearchKind.values()))).where(f -> f.matchAll())
                .fetchTotalHitCount();
    }

    private static List<Class<?>> entities(List<SearchKind> kinds) {
        return kinds.stream().<Class<?>>map(SearchKind::entity).toList();
    }

    private static List<String> entityNames(List<SearchKind> kinds) {
        return kinds.stream().map(kind -> kind.entity().getSimpleName()).toList();
    }
}
