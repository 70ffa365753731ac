package se.sodertorn.governance.web.view.plans;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.FollowUpRound;
import se.sodertorn.governance.domain.plan.PlanStatus;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.view.Feedback;

/**
 * {@code /plans/plan.xhtml?year=…}: the plan of one year, its rounds and its life-cycle actions (adopt, close,
 * take a follow-up round, copy to next year). The activity table and the dashboard on the same page use it.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ActivityPlanService plans;

    private Integer year;
    private ActivityPlan plan;
    private List<FollowUpRound> rounds;
    private String roundName;
    private LocalDate roundDate;
    private String nextName;

    /** Loads the plan named by the view parameter. */
    public void load() {
        plan = plans.findByYear(year);
        rounds = plans.roundsOf(plan.getId());
        nextName = plan.getName().replace(String.valueOf(plan.getYear()), String.valueOf(plan.getYear() + 1));
        roundDate = plan.defaultRoundDate(LocalDate.now());
    }

    public void adopt() {
        Feedback.saved(plans.adopt(plan.getId(), plan.getVersion()).getName());
        load();
    }

    public void close() {
        Feedback.saved(plans.close(plan.getId(), plan.getVersion()).getName());
        load();
    }

    public void takeRound() {
        FollowUpRound round = plans.takeRound(plan.getId(), roundName, roundDate);
        rounds = plans.roundsOf(plan.getId());
        roundName = null;
        Feedback.saved(round.getName());
    }

    /** Copies the unfinished activities into a new draft for next year and goes there. */
    public String copyToNextYear() {
        ActivityPlan next = plans.copyToNextYear(plan.getId(), nextName);
        Feedback.saved(next.getName());
        Faces.getFlash().setKeepMessages(true);
        return "/plans/plan?faces-redirect=true&year=" + next.getYear();
    }

    /** A text of the UI in the user's language, for messages the beans of this page word. */
    public String text(String key, Object... arguments) {
        return Texts.format(Faces.getLocale(), key, arguments);
    }

    public boolean isOpen() {
        return plan.getStatus() != PlanStatus.CLOSED;
    }

    /** Whether a follow-up round can be taken: the plan is adopted and not closed. */
    public boolean isTakingRounds() {
        return plan.isTakingRounds();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ActivityPlan getPlan() {
        return plan;
    }

    public List<FollowUpRound> getRounds() {
        return rounds;
    }

    public String getRoundName() {
        return roundName;
    }

    public void setRoundName(String roundName) {
        this.roundName = roundName;
    }

    public LocalDate getRoundDate() {
        return roundDate;
    }

    public void setRoundDate(LocalDate roundDate) {
        this.roundDate = roundDate;
    }

    public String getNextName() {
        return nextName;
    }

    public void setNextName(String nextName) {
        this.nextName = nextName;
    }
}
