package se.sodertorn.governance.web.view.budgets;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import se.sodertorn.governance.domain.budget.BudgetStatus;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.budget.BudgetService;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.web.faces.PagedLazyModel;

/**
 * {@code /budgets/index.xhtml}: the plan years, each with the status of its budget (or that it has none); the
 * statuses are read per page of years, with the page.
 */
@Named
@ViewScoped
public class BudgetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ActivityPlanService plans;

    @EJB
    private BudgetService budgets;

    private final Map<Integer, BudgetStatus> statuses = new HashMap<>();
    private final PagedLazyModel<ActivityPlan> model = new PagedLazyModel<>(this::page);

    private Page<ActivityPlan> page(PageRequest request) {
        Page<ActivityPlan> page = plans.page(request);
        statuses.putAll(budgets.statuses(page.rows().stream().map(ActivityPlan::getYear).toList()));
        return page;
    }

    /** The message key of the status of the plan year's budget, or of "no budget". */
    public String statusKey(ActivityPlan plan) {
        BudgetStatus status = statuses.get(plan.getYear());
        return status == null ? "budgets.noBudget" : "budgetStatus." + status;
    }

    public PagedLazyModel<ActivityPlan> getModel() {
        return model;
    }
}
