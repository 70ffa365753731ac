package se.sodertorn.governance.ejb.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;

/**
 * Maps each {@link SearchKind}'s entity to an index of its own, named by the kind's key, written by a
 * {@link SearchEntryBinder}. Named in persistence.xml ({@code hibernate.search.mapping.configurer}); the domain's
 * entities carry no search annotations.
 */
public class SearchMappingConfigurer implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var mapping = context.programmaticMapping();
        for (SearchKind kind : SearchKind.values()) {
            var type = mapping.type(kind.entity());
            type.indexed().index(kind.key());
            type.binder(new SearchEntryBinder(kind));
            kind.references().forEach(reference -> type.property(reference).indexingDependency()
                    .reindexOnUpdate(ReindexOnUpdate.SHALLOW));
        }
    }
}
