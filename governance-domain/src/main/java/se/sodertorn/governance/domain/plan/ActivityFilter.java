package se.sodertorn.governance.domain.plan;

/**
 * What to show of a plan's activities: optionally one focus area, one status, a responsible whose name
 * contains a text, and a free text in title, description or comment.
 */
public record ActivityFilter(Long focusAreaId, ActivityStatus status, String responsible, String search) {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null);
    }
}
