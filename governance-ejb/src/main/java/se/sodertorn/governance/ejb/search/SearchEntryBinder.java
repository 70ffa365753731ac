package se.sodertorn.governance.ejb.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a record of one {@link SearchKind} into its index as the same six fields for every kind, so that one query
 * searches all kinds: kind, title and text (Swedish full text, stored for the hits' fragments), body and year (filters) and
 * link. The entry is rebuilt whenever one of the record's own properties it reads changes, or the record it names
 * (another meeting, another body); a change inside a named record (a meeting moved to another year) reaches the
 * index of the records that name it at their next change or at a reindex.
 */
final class SearchEntryBinder implements TypeBinder {

    private final SearchKind kind;

    SearchEntryBinder(SearchKind kind) {
        this.kind = kind;
    }

    @Override
    public void bind(TypeBindingContext context) {
        kind.fields().forEach(context.dependencies()::use);
        kind.references().forEach(context.dependencies()::use);
        IndexSchemaElement schema = context.indexSchemaElement();
        var types = context.typeFactory();
        Fields fields = new Fields(
                schema.field(SearchFields.KIND, types.asString().aggregable(Aggregable.YES)
                        .projectable(Projectable.YES)).toReference(),
                schema.field(SearchFields.TITLE, types.asString().analyzer(SwedishAnalysis.SWEDISH)
                        .projectable(Projectable.YES)).toReference(),
                schema.field(SearchFields.TEXT, types.asString().analyzer(SwedishAnalysis.SWEDISH)
                        .projectable(Projectable.YES)).toReference(),
                schema.field(SearchFields.BODY, types.asLong()).toReference(),
                schema.field(SearchFields.YEAR, types.asInteger()).toReference(),
                schema.field(SearchFields.LINK, types.asString().searchable(Searchable.NO)
                        .projectable(Projectable.YES)).toReference());
        context.bridge(new Bridge(kind, fields));
    }

    private record Fields(IndexFieldReference<String> kind, IndexFieldReference<String> title,
                          IndexFieldReference<String> text, IndexFieldReference<Long> body,
                          IndexFieldReference<Integer> year, IndexFieldReference<String> link) {
    }

    private record Bridge(SearchKind kind, Fields fields) implements TypeBridge<Object> {

        @Override
        public void write(DocumentElement target, Object record, TypeBridgeWriteContext context) {
            SearchEntry entry = kind.entryOf(record);
            target.addValue(fields.kind(), kind.key());
            target.addValue(fields.title(), entry.title());
            target.addValue(fields.text(), entry.text());
            target.addValue(fields.body(), entry.bodyId());
            target.addValue(fields.year(), entry.year());
            target.addValue(fields.link(), entry.link());
        }
    }
}
