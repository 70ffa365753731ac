package se.sodertorn.governance.ejb.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;

/**
 * At start, builds the search index in the background when it is empty: on a new server, after the index directory
 * was removed, or on a database that was filled before search existed. Records saved later are indexed as they are
 * saved, and those saved on other nodes by the {@link IndexFollower}, which follows the audit trail from the time the
 * build began. Runs after the demo data is loaded.
 */
@Singleton
@Startup
@DependsOn("DemoStartup")
public class SearchIndexStartup {

    private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

    @PersistenceContext
    private EntityManager em;
    @PersistenceUnit
    private EntityManagerFactory factory;

    @PostConstruct
    void fillEmptyIndex() {
        if (SearchServiceBean.indexedRecords(em) > 0) {
            return;
        }
        LOG.info("Search index is empty: building it from the database");
        IndexMark.ofServer().write(Instant.now());
        Search.mapping(factory).scope(Object.class).massIndexer().start().whenComplete((done, failure) -> {
            if (failure == null) {
                LOG.info("Search index built");
            } else {
                LOG.log(Level.WARNING, "Search index could not be built; run the reindex command", failure);
            }
        });
    }
}
