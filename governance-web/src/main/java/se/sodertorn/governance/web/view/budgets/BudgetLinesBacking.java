package se.sodertorn.governance.web.view.budgets;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.budget.BudgetLine;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityFilter;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.budget.BudgetService;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.ejb.plan.ActivityService;
import se.sodertorn.governance.web.view.Feedback;

/** The budget page's line dialogs: add and edit lines of a draft, book outcome, set a forecast. */
@Named
@ViewScoped
public class BudgetLinesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BudgetService budgets;

    @EJB
    private ActivityPlanService plans;

    @EJB
    private ActivityService activities;

    @Inject
    private BudgetView view;

    private BudgetLine selected;
    private LocalDate bookedOn;
    private BigDecimal amount;
    private String note;

    public void add() {
        selected = BudgetLine.blankIn(view.getOverview().budget());
    }

    public void edit(BudgetLine line) {
        selected = line;
    }

    public void save() {
        Feedback.saved(budgets.saveLine(selected).getDescription());
        view.load();
    }

    public void remove(BudgetLine line) {
        budgets.removeLine(line.getId(), line.getVersion());
        Feedback.removed(line.getDescription());
        view.load();
    }

    public void prepareOutcome(BudgetLine line) {
        selected = line;
        bookedOn = LocalDate.now();
        amount = null;
        note = null;
    }

    public void bookOutcome() {
        budgets.recordOutcome(selected.getId(), bookedOn, amount, note);
        Feedback.saved(selected.getDescription());
        view.load();
    }

    public void prepareForecast(BudgetLine line) {
        selected = line;
        amount = line.getForecast();
    }

    public void saveForecast() {
        Feedback.saved(budgets.forecast(selected.getId(), amount, selected.getVersion()).getDescription());
        view.load();
    }

    /** Up to 20 of the plan's activities whose title contains the text, for activity lines. */
    public List<Activity> suggestActivities(String text) {
        return activities.page(view.getOverview().budget().getPlan().getId(), ActivityFilter.none(),
                new PageRequest(0, 20, "title", true, text)).rows();
    }

    /** The focus areas of the year's plan, for focus-area lines. */
    public List<FocusArea> getFocusAreas() {
        return List.copyOf(plans.findByYear(view.getYear()).getFocusAreas());
    }

    public BudgetLine getSelected() {
        return selected;
    }

    public LocalDate getBookedOn() {
        return bookedOn;
    }

    public void setBookedOn(LocalDate bookedOn) {
        this.bookedOn = bookedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
