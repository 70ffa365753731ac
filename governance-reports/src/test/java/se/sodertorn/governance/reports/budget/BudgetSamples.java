package se.sodertorn.governance.reports.budget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** A budget with awkward amounts and names, and the sums the sheets must show, computed here independently. */
public final class BudgetSamples {

    public static final String INJECTION = "=cmd|' /C calc'!A0";
    static final LocalDate END_OF_2022 = LocalDate.of(2022, 12, 31);

    private BudgetSamples() {
    }

    public static BudgetReport report() {
        return new BudgetReport(2023, 2, "Beslutad 2023-01-12", rows(), contributions(),
                "Efter folkmängd 2022-12-31");
    }

    static List<BudgetRow> rows() {
        return List.of(
                income("Medlemsavgifter", "Medlemsavgifter, 10 kr per invånare", "5134000", "1711333.33", null),
                income("Bidrag", "Bidrag från Region Stockholm", "0.01", "0", "0.01"),
                expense("Fokusområde", "Näringsliv och arbete", INJECTION, "1234567.89", "150000.5", null),
                expense("Fokusområde", "Klimat/miljö", "Laddinfrastruktur\noch solceller", "900000", "120000",
                        "950000"),
                expense("Aktivitet", "näringsliv OCH arbete", "+46 8 123 – samma område, annan stavning", "0.01",
                        "0.02", "0"),
                expense("Fokusområde", "Skola*", "Stjärna i namnet", "700000", "260000", null),
                expense("Fokusområde", "Skola och fritid", "Matchas inte av Skola*", "400000", "90000", "410000"),
                expense("Fokusområde", ">5 år", "Ser ut som en jämförelse", "100", "50", null),
                expense("Kansli", null, "Kansli och samordning", "2400000", "820000", "2350000.75"));
    }

    static List<ContributionRow> contributions() {
        return List.of(
                new ContributionRow("Botkyrka", "0127", 95_000, END_OF_2022, new BigDecimal("18.50"), 949_790),
                new ContributionRow("Huddinge", "0126", 114_000, END_OF_2022, new BigDecimal("22.21"), 1_140_211),
                new ContributionRow("=Haninge", "0136", 95_500, END_OF_2022, new BigDecimal("18.60"), 954_999),
                new ContributionRow("Nynäshamn", "0192", 29_000, END_OF_2022, new BigDecimal("5.65"), 290_000));
    }

    public static byte[] workbook(BudgetReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new BudgetWorkbookWriter().write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return the deviation the sheet must show: forecast − budget, or outcome − budget without a forecast */
    static BigDecimal deviation(BudgetRow row) {
        return (row.forecast() == null ? row.outcome() : row.forecast()).subtract(row.budget());
    }

    static double sum(List<BudgetRow> rows, Predicate<BudgetRow> which, Function<BudgetRow, BigDecimal> amount) {
        return rows.stream().filter(which).map(amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
    }

    /** @return the first row whose first cell holds the text */
    public static Row labelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    private static BudgetRow income(String category, String description, String budget, String outcome,
                                    String forecast) {
        return row(true, category, null, description, budget, outcome, forecast);
    }

    private static BudgetRow expense(String category, String area, String description, String budget,
                                     String outcome, String forecast) {
        return row(false, category, area, description, budget, outcome, forecast);
    }

    private static BudgetRow row(boolean income, String category, String area, String description, String budget,
                                 String outcome, String forecast) {
        return new BudgetRow(income, category, area, description, new BigDecimal(budget), new BigDecimal(outcome),
                forecast == null ? null : new BigDecimal(forecast));
    }
}
