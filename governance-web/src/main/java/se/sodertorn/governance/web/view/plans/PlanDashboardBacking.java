package se.sodertorn.governance.web.view.plans;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.ejb.plan.PlanDashboard;
import se.sodertorn.governance.web.view.ChartJson;

/** The plan's dashboard: per focus area activities by status, share done, budget and outcome; now or at a round. */
@Named
@ViewScoped
public class PlanDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ActivityPlanService plans;

    @Inject
    private PlanView planView;

    private Long roundId;
    private PlanDashboard dashboard;

    public void refresh() {
        dashboard = plans.dashboard(planView.getPlan().getId(), roundId);
    }

    public PlanDashboard getDashboard() {
        if (dashboard == null) {
            refresh();
        }
        return dashboard;
    }

    /** Whether the charts have activities to show; without any the page says so instead of showing bare axes. */
    public boolean isChartsShown() {
        return getDashboard().total() > 0;
    }

    /** Chart.js configuration of a stacked bar chart: focus areas by status. */
    public String getStatusChart() {
        return DashboardCharts.byStatus(getDashboard(), Faces.getLocale());
    }

    /** Chart.js configuration of budget against outcome per focus area. */
    public String getMoneyChart() {
        return DashboardCharts.budgetAndOutcome(getDashboard(), Faces.getLocale());
    }

    /** The status chart's figures (activities per focus area and status) as a table. */
    public ChartJson.Figures getStatusFigures() {
        return DashboardCharts.byStatusFigures(getDashboard(), Faces.getLocale());
    }

    /** The money chart's figures (budget and outcome per focus area) as a table. */
    public ChartJson.Figures getMoneyFigures() {
        return DashboardCharts.budgetAndOutcomeFigures(getDashboard(), Faces.getLocale());
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }
}
