package se.sodertorn.governance.reports.budget;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One budget line. Amounts are in SEK.
 *
 * @param income      whether it is income (else an expense)
 * @param category    the category as shown, e.g. "Medlemsavgifter"
 * @param focusArea   the focus area the line funds, or {@code null}
 * @param description the line's description (user text)
 * @param budget      the budgeted amount
 * @param outcome     the outcome booked so far
 * @param forecast    the forecast for the year, or {@code null} when none was made
 */
public record BudgetRow(boolean income, String category, String focusArea, String description, BigDecimal budget,
                        BigDecimal outcome, BigDecimal forecast) {

    public BudgetRow {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(outcome, "outcome");
    }
}
