package se.sodertorn.governance.domain.budget;

/** What a budget line is for; income or expense follows from it. */
public enum LineCategory {
    MEMBER_CONTRIBUTIONS(true),
    GRANT(true),
    OTHER_INCOME(true),
    FOCUS_AREA(false),
    ACTIVITY(false),
    SECRETARIAT(false),
    CONFERENCE(false),
    COLLABORATION_PLATFORM(false),
    OTHER_COST(false);

    private final boolean income;

    LineCategory(boolean income) {
        this.income = income;
    }

    public boolean isIncome() {
        return income;
    }
}
