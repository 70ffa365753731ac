package se.sodertorn.governance.web.faces;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.domain.shared.PageRequest.Part;

/**
 * A PrimeFaces lazy table model over a service's paged query: each page, its sort and the table's global
 * filter go to the database, which also counts the rows. The table asks for the count, then for the page: the
 * count fetches only the total and the page only its rows, so a request costs one count and one select.
 */
public class PagedLazyModel<T extends BaseEntity> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;
    private static final String GLOBAL_FILTER = "globalFilter";

    private final SerializableFunction<T> loader;
    private boolean more;

    public PagedLazyModel(SerializableFunction<T> loader) {
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Page<T> counted = loader.apply(new PageRequest(0, 1, null, true, search(filterBy), Part.TOTAL_ONLY));
        more = counted.more();
        long total = counted.total();
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest request = new PageRequest(first, Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE),
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING,
                search(filterBy), Part.ROWS_ONLY);
        return loader.apply(request).rows();
    }

    /** Whether more rows match than {@link #getRowCount()}: the count of a text search stopped at its limit. */
    public boolean isMore() {
        return more;
    }

    /** Forgets the loaded page after the rows changed; the next render counts and loads anew. */
    public void refresh() {
        setWrappedData(null);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.getId());
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream()
                .filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }

    private static String search(Map<String, FilterMeta> filterBy) {
        FilterMeta global = filterBy == null ? null : filterBy.get(GLOBAL_FILTER);
        Object value = global == null ? null : global.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A page loader that can live in a view-scoped bean. */
    @FunctionalInterface
    public interface SerializableFunction<T> extends Function<PageRequest, Page<T>>, java.io.Serializable {
    }
}
