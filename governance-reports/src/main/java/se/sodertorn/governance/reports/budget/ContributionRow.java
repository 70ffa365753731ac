package se.sodertorn.governance.reports.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One member municipality's contribution.
 *
 * @param municipality   the municipality's name
 * @param code           its municipality code, e.g. "0127" (kept as text, with its leading zero)
 * @param population     its population on {@code populationDate}
 * @param populationDate the date the population was counted
 * @param sharePercent   its share of the contributions, in percent (e.g. 12.34)
 * @param amount         what it pays, in whole kronor
 */
public record ContributionRow(String municipality, String code, long population, LocalDate populationDate,
                              BigDecimal sharePercent, long amount) {

    public ContributionRow {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(populationDate, "populationDate");
        Objects.requireNonNull(sharePercent, "sharePercent");
    }
}
