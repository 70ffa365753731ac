package se.sodertorn.governance.ejb.workday;

import java.util.List;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.ejb.budget.BudgetOverview;
import se.sodertorn.governance.ejb.plan.PlanDashboard;

/**
 * A person's start page: their tasks, the coming meetings of every body, and this year's plan and budget.
 *
 * @param personName       the caller's name (their person's, or their user name)
 * @param tasks            what waits for the caller
 * @param nextMeetings     the coming scheduled meetings of all bodies, soonest first
 * @param year             the current year
 * @param planId           this year's activity plan, or {@code null} when there is none
 * @param plan             its progress per focus area, or {@code null}
 * @param budgetDeviations this year's budget lines whose forecast deviates most (more than 10 %), largest first
 */
public record StartPage(String personName, MyTasks tasks, List<Meeting> nextMeetings, int year, Long planId,
        PlanDashboard plan, List<BudgetOverview.Line> budgetDeviations) {

    public StartPage {
        nextMeetings = List.copyOf(nextMeetings);
        budgetDeviations = List.copyOf(budgetDeviations);
    }
}
