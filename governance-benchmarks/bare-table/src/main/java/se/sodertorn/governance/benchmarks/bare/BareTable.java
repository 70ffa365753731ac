package se.sodertorn.governance.benchmarks.bare;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The page's bean: the year from the address and the lazy model of its plan's activities. */
@Named
@ViewScoped
public class BareTable implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BareActivities activities;

    private int year;
    private Long planId;
    private final Model model = new Model();

    /** Looks up the plan of the year (view action). */
    public void load() {
        planId = activities.planOfYear(year);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LazyDataModel<BareActivity> getModel() {
        return model;
    }

    /** Count and page straight from the database; the global filter matches the title. */
    private final class Model extends LazyDataModel<BareActivity> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return planId == null ? 0 : (int) activities.count(planId, text(filterBy));
        }

        @Override
        public List<BareActivity> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (planId == null) {
                return List.of();
            }
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            boolean byTitle = sort != null && "title".equals(sort.getField());
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            return activities.page(planId, text(filterBy), byTitle, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(BareActivity row) {
            return String.valueOf(row.getId());
        }

        private static String text(Map<String, FilterMeta> filterBy) {
            FilterMeta global = filterBy == null ? null : filterBy.get("globalFilter");
            Object value = global == null ? null : global.getFilterValue();
            return value == null || value.toString().isBlank() ? null
                    : value.toString().strip().toLowerCase(Locale.ROOT);
        }
    }
}
