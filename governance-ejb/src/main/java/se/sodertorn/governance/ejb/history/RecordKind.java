package se.sodertorn.governance.ejb.history;

import java.util.Set;
import se.sodertorn.governance.domain.budget.BudgetLine;
import se.sodertorn.governance.domain.meeting.ActionItem;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.DecisionAdoption;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.shared.BaseEntity;

/** The kinds of record whose history users see: the audited entity and the prefix of its fields' labels. */
public enum RecordKind {
    ACTIVITY(Activity.class, "activity"),
    MEETING(Meeting.class, "meeting", "calendarUid", "calendarSequence"),
    DECISION(Decision.class, "decision"),
    DECISION_ADOPTION(DecisionAdoption.class, "decisionAdoption"),
    ACTION_ITEM(ActionItem.class, "actionItem"),
    MEMBERSHIP(Membership.class, "membership"),
    BUDGET_LINE(BudgetLine.class, "budgetLine", "lineKey");

    private final Class<? extends BaseEntity> entity;
    private final String labelPrefix;
    private final Set<String> internal;

    RecordKind(Class<? extends BaseEntity> entity, String labelPrefix, String... internal) {
        this.entity = entity;
        this.labelPrefix = labelPrefix;
        this.internal = Set.of(internal);
    }

    /** Fields the application keeps for itself (e.g. a calendar's sequence number), left out of the history. */
    public Set<String> internal() {
        return internal;
    }

    public Class<? extends BaseEntity> entity() {
        return entity;
    }

    /** The prefix of the field labels in the pages' bundle, e.g. {@code activity} for {@code activity.status}. */
    public String labelPrefix() {
        return labelPrefix;
    }
}
