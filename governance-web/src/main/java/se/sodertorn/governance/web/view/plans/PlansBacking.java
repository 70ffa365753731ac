package se.sodertorn.governance.web.view.plans;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.DevelopmentProgramme;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.ejb.plan.ProgrammeService;
import se.sodertorn.governance.web.faces.PagedLazyModel;

/** {@code /plans/index.xhtml}: the activity plans by year; the secretariat starts a new one. */
@Named
@ViewScoped
public class PlansBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ActivityPlanService plans;

    @EJB
    private ProgrammeService programmes;

    private final PagedLazyModel<ActivityPlan> model = new PagedLazyModel<>(request -> plans.page(request));
    private ActivityPlan selected;
    private Long[] focusAreaIds = new Long[0];

    public void add() {
        int year = LocalDate.now().getYear() + 1;
        selected = ActivityPlan.blank(year);
        selected.setName("Verksamhetsplan " + year);
        focusAreaIds = new Long[0];
    }

    /** Creates the plan and opens its page. */
    public String save() {
        ActivityPlan created = plans.create(selected, List.of(focusAreaIds));
        return "/plans/plan?faces-redirect=true&year=" + created.getYear();
    }

    public List<DevelopmentProgramme> getProgrammes() {
        return programmes.list();
    }

    /** The focus areas of the programme chosen in the form. */
    public List<FocusArea> getFocusAreas() {
        return selected == null || selected.getProgramme() == null ? List.of()
                : programmes.focusAreasOf(selected.getProgramme().getId());
    }

    public PagedLazyModel<ActivityPlan> getModel() {
        return model;
    }

    public ActivityPlan getSelected() {
        return selected;
    }

    /** The chosen focus areas' ids, as an array so that Faces converts them to numbers. */
    public Long[] getFocusAreaIds() {
        return focusAreaIds.clone();
    }

    public void setFocusAreaIds(Long[] focusAreaIds) {
        this.focusAreaIds = focusAreaIds.clone();
    }
}
