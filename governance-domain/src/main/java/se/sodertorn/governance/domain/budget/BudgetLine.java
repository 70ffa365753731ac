package se.sodertorn.governance.domain.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.shared.BaseEntity;

/**
 * One line of a budget: income (member contributions, grants, other) or expense (a focus area, an activity, or a
 * common cost such as the secretariat), with its amount in SEK and a forecast for the year. A revision copies
 * its lines with their keys, so outcome booked on a line belongs to it in every revision.
 */
@Entity
@Audited
public class BudgetLine extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Budget budget;

    @NotNull(message = "{budgetLine.category.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LineCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    private FocusArea focusArea;

    @ManyToOne(fetch = FetchType.LAZY)
    private Activity activity;

    @NotBlank(message = "{budgetLine.description.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @Column(nullable = false, length = 200)
    private String description;

    @NotNull(message = "{budgetLine.amount.required}")
    @PositiveOrZero(message = "{money.notNegative}")
    @Digits(integer = 12, fraction = 2, message = "{money.format}")
    @Column(nullable = false)
    private BigDecimal amount;

    @PositiveOrZero(message = "{money.notNegative}")
    @Digits(integer = 12, fraction = 2, message = "{money.format}")
    private BigDecimal forecast;

    /** The same line through all revisions of the year's budget; outcome is booked against it. */
    @Column(nullable = false, length = 36, updatable = false)
    private String lineKey;

    protected BudgetLine() {
        this.lineKey = UUID.randomUUID().toString();
    }

    public BudgetLine(Budget budget, LineCategory category, String description, BigDecimal amount) {
        this();
        this.budget = budget;
        this.category = category;
        this.description = description;
        this.amount = amount;
    }

    public static BudgetLine blankIn(Budget budget) {
        return new BudgetLine(budget, null, null, null);
    }

    /** The same line in another revision of the budget. */
    public BudgetLine copyTo(Budget revision) {
        BudgetLine copy = new BudgetLine(revision, category, description, amount);
        copy.lineKey = lineKey;
        copy.focusArea = focusArea;
        copy.activity = activity;
        copy.forecast = forecast;
        return copy;
    }

    public boolean isIncome() {
        return category != null && category.isIncome();
    }

    @AssertTrue(message = "{budgetLine.focusArea.required}")
    public boolean isFocusAreaGivenWhereNeeded() {
        return category != LineCategory.FOCUS_AREA || focusArea != null;
    }

    @AssertTrue(message = "{budgetLine.activity.required}")
    public boolean isActivityGivenWhereNeeded() {
        return category != LineCategory.ACTIVITY || activity != null;
    }

    public String getLineKey() {
        return lineKey;
    }

    public Budget getBudget() {
        return budget;
    }

    public LineCategory getCategory() {
        return category;
    }

    public void setCategory(LineCategory category) {
        this.category = category;
    }

    public FocusArea getFocusArea() {
        return focusArea;
    }

    public void setFocusArea(FocusArea focusArea) {
        this.focusArea = focusArea;
    }

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getForecast() {
        return forecast;
    }

    public void setForecast(BigDecimal forecast) {
        this.forecast = forecast;
    }
}
