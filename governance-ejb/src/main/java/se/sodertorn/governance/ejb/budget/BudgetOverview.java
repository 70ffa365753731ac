package se.sodertorn.governance.ejb.budget;

import java.math.BigDecimal;
import java.util.List;
import se.sodertorn.governance.domain.budget.Budget;
import se.sodertorn.governance.domain.budget.BudgetLine;

/**
 * A year's budget as the secretariat and the directors follow it: every line with budget, booked outcome,
 * forecast and deviation, and what each municipality contributes.
 */
public record BudgetOverview(Budget budget, List<Line> lines, List<Contribution> contributions) {

    public BudgetOverview {
        lines = List.copyOf(lines);
        contributions = List.copyOf(contributions);
    }

    /** A line with its outcome so far and how the forecast deviates from the budget. */
    public record Line(BudgetLine line, BigDecimal outcome) {

        /**
         * The forecast for the year; when no forecast was made, the budget, or the outcome so far once it has passed
         * the budget (money already booked is at least what the year will come to).
         */
        public BigDecimal expected() {
            if (line.getForecast() != null) {
                return line.getForecast();
            }
            return outcome.compareTo(line.getAmount()) > 0 ? outcome : line.getAmount();
        }

        /** Forecast minus budget: for an expense, positive means more spent than budgeted. */
        public BigDecimal deviation() {
            return expected().subtract(line.getAmount());
        }

        /** Whether the deviation is worth a look: more than 10 % of the budget, or anything on a zero budget. */
        public boolean isDeviating() {
            BigDecimal amount = line.getAmount();
            BigDecimal deviation = deviation().abs();
            return amount.signum() == 0 ? deviation.signum() > 0
                    : deviation.compareTo(amount.movePointLeft(1)) > 0;
        }
    }

    /** One municipality's contribution: its population on the reference date, its share and the amount. */
    public record Contribution(String municipality, String code, long population, java.time.LocalDate referenceDate,
            BigDecimal sharePercent, long kronor) {
    }

    public BigDecimal totalBudget(boolean income) {
        return lines.stream().filter(l -> l.line().isIncome() == income).map(l -> l.line().getAmount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalOutcome(boolean income) {
        return lines.stream().filter(l -> l.line().isIncome() == income).map(Line::outcome)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalExpected(boolean income) {
        return lines.stream().filter(l -> l.line().isIncome() == income).map(Line::expected)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long totalContributions() {
        return contributions.stream().mapToLong(Contribution::kronor).sum();
    }
}
