package se.sodertorn.governance.reports.budget;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import se.sodertorn.governance.reports.workbook.Cells;
import se.sodertorn.governance.reports.workbook.WorkbookStyles;

/**
 * The sheet "Medlemsavgifter": the title, how the contributions are split, the heading row, a row per member
 * municipality and a totals row of {@code SUM}s (population, share, amount).
 */
final class ContributionSheet {

    static final int MUNICIPALITY = 0;
    static final int CODE = 1;
    static final int POPULATION = 2;
    static final int POPULATION_DATE = 3;
    static final int SHARE = 4;
    static final int AMOUNT = 5;
    private static final int[] WIDTHS = {24, 13, 13, 12, 11, 15};
    private static final List<String> HEADINGS = List.of("contributions.municipality", "contributions.code",
            "contributions.population", "contributions.populationDate", "contributions.share",
            "contributions.amount");

    private final TableWriter table;
    private final WorkbookStyles styles;

    ContributionSheet(Workbook workbook, WorkbookStyles styles, String title) {
        this.table = new TableWriter(workbook, "contributions.sheet", title, WIDTHS, styles);
        this.styles = styles;
    }

    /** @return the sheet written */
    Sheet write(String rule, List<ContributionRow> contributions) {
        Cells.text(table.label("contributions.rule"), CODE, rule, styles.text);
        table.heading(HEADINGS);
        int heading = table.lastRow();
        for (ContributionRow contribution : contributions) {
            Row row = table.row();
            Cells.text(row, MUNICIPALITY, contribution.municipality(), styles.text);
            Cells.text(row, CODE, contribution.code(), styles.text);
            Cells.number(row, POPULATION, contribution.population(), styles.grouped);
            Cells.date(row, POPULATION_DATE, contribution.populationDate(), styles.date);
            Cells.amount(row, SHARE, contribution.sharePercent(), styles.twoDecimals);
            Cells.number(row, AMOUNT, contribution.amount(), styles.sek);
        }
        int last = table.lastRow();
        Row totals = table.totals("contributions.total");
        TableWriter.sum(totals, POPULATION, heading, last, styles.totalGrouped);
        TableWriter.sum(totals, SHARE, heading, last, styles.totalTwoDecimals);
        TableWriter.sum(totals, AMOUNT, heading, last, styles.totalSek);
        return table.sheet();
    }
}
