package se.sodertorn.governance.reports.followup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A small plan with three focus areas, and helpers to write, open and edit its workbook. */
final class FollowUpSamples {

    static final long PLAN_ID = 4711;
    static final String EARLIER_ROUND = "Delår 1";
    private static final BigDecimal HALF = new BigDecimal("0.5");
    static final String LONG_AREA = "Trygghet och säkerhet i hela Södertörn, ett långt namn";

    private FollowUpSamples() {
    }

    static List<ActivityRow> rows() {
        return List.of(
                row(101, "Näringsliv och arbete", "Företagsbesök", "+46 8 123", ActivityStatus.DONE, 100,
                        "=SUM(1,2)", "150000", ActivityStatus.ONGOING),
                row(102, "Näringsliv och arbete", "Gemensam etableringsstrategi", "Anna Andersson",
                        ActivityStatus.ONGOING, 40, "-1", "80000.50", ActivityStatus.PLANNED),
                row(103, "Näringsliv och arbete", "Kompetensförsörjning", "Bo Berg", ActivityStatus.POSTPONED, 10,
                        "Flyttad till hösten", null, null),
                row(201, "Klimat/miljö", "@x", "Cecilia Carlsson", ActivityStatus.NOT_DONE, 0,
                        "Lång kommentar ".repeat(30), "25000", ActivityStatus.ONGOING),
                row(202, "Klimat/miljö", "Laddinfrastruktur", "David Dahl", ActivityStatus.CANCELLED, 0,
                        "\tindragen", "1000", null),
                row(301, LONG_AREA, "Trygghetsvandringar", "Eva Ek", ActivityStatus.PLANNED, 0, null, null, null),
                row(302, LONG_AREA, "Gemensam lägesbild", "Fredrik Falk", ActivityStatus.DONE, 100, "Klar",
                        "5000", ActivityStatus.DONE));
    }

    static FollowUpHeader header(String earlierRound) {
        return new FollowUpHeader(PLAN_ID, "Handlingsplan Södertörn 2026 & framåt", 2026, "Delår 2",
                LocalDate.of(2026, 8, 31), earlierRound, Instant.parse("2026-09-01T11:45:00Z"), summaries(rows()));
    }

    /** The summaries a caller would compute from the rows. */
    static List<FocusAreaSummary> summaries(List<ActivityRow> rows) {
        Map<String, Map<ActivityStatus, Integer>> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> budgets = new LinkedHashMap<>();
        for (ActivityRow row : rows) {
            counts.computeIfAbsent(row.focusArea(), a -> new EnumMap<>(ActivityStatus.class))
                    .merge(row.status(), 1, Integer::sum);
            budgets.merge(row.focusArea(), row.budget() == null ? BigDecimal.ZERO : row.budget(), BigDecimal::add);
        }
        return counts.keySet().stream().map(area -> new FocusAreaSummary(area, counts.get(area),
                budgets.get(area), budgets.get(area).multiply(HALF))).toList();
    }

    static byte[] workbook(String earlierRound) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new FollowUpWorkbookWriter().write(header(earlierRound), rows().iterator(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the workbook with XSSF, applies the change, and saves it, as a user with Excel would. */
    static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook workbook = open(xlsx)) {
            change.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ActivityRow row(long id, String area, String title, String responsible, ActivityStatus status,
                                   int progress, String comment, String budget, ActivityStatus earlier) {
        BigDecimal amount = budget == null ? null : new BigDecimal(budget);
        return new ActivityRow(id, area, title, responsible, "Q1–Q4", status, progress, comment, amount,
                amount == null ? null : amount.multiply(HALF), earlier);
    }
}
