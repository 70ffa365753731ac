package se.sodertorn.governance.web.view.plans;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.RowEditEvent;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityFilter;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.plan.ActivityService;
import se.sodertorn.governance.web.faces.PagedLazyModel;
import se.sodertorn.governance.web.view.Feedback;

/** The activity table of the plan page: filtered and paged by the database, quick follow-up in the row, dialogs. */
@Named
@ViewScoped
public class PlanActivitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ActivityService activities;

    @Inject
    private PlanView planView;

    @Inject
    private PlanDashboardBacking dashboard;

    private Long focusAreaId;
    private ActivityStatus status;
    private String responsible;
    private final PagedLazyModel<Activity> model = new PagedLazyModel<>(request -> activities.page(
            planView.getPlan().getId(), new ActivityFilter(focusAreaId, status, responsible, null), request));
    private Activity selected;

    public void filter() {
        model.refresh();
    }

    public void add() {
        selected = Activity.blankIn(planView.getPlan());
    }

    public void edit(long id) {
        selected = activities.find(id);
    }

    public void save() {
        Activity saved = activities.save(selected);
        model.refresh();
        dashboard.refresh();
        Feedback.saved(saved.getTitle());
    }

    /** The quick edit of status, progress and comment in a table row; the page is reloaded with the saved values. */
    public void followUp(RowEditEvent<Activity> event) {
        Activity row = event.getObject();
        Activity saved = activities.followUp(row.getId(), row.getStatus(), row.getProgressPercent(),
                row.getFollowUpComment(), row.getVersion());
        Feedback.saved(saved.getTitle());
        model.refresh();
        dashboard.refresh();
        ((DataTable) event.getComponent()).loadLazyDataIfEnabled();
    }

    /**
     * How many activities the table holds with its filters, e.g. "12 aktiviteter", or, when a text filter matched
     * more than {@link PageRequest#SEARCH_COUNT_LIMIT} and the count stopped there, that there are more than that.
     */
    public String getCount() {
        return model.isMore() ? planView.text("plan.count.more", PageRequest.SEARCH_COUNT_LIMIT)
                : planView.text("plan.count", model.getRowCount());
    }

    public List<FocusArea> getFocusAreas() {
        return List.copyOf(planView.getPlan().getFocusAreas());
    }

    public ActivityStatus[] getStatuses() {
        return ActivityStatus.values();
    }

    public PagedLazyModel<Activity> getModel() {
        return model;
    }

    public Activity getSelected() {
        return selected;
    }

    public Long getFocusAreaId() {
        return focusAreaId;
    }

    public void setFocusAreaId(Long focusAreaId) {
        this.focusAreaId = focusAreaId;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }
}
