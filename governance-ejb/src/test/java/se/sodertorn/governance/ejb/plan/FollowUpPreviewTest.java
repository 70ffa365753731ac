package se.sodertorn.governance.ejb.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.reports.followup.ActivityRow;
import se.sodertorn.governance.reports.followup.FollowUpHeader;
import se.sodertorn.governance.reports.followup.FollowUpImport;
import se.sodertorn.governance.reports.followup.FollowUpWorkbookReader;
import se.sodertorn.governance.reports.followup.FollowUpWorkbookWriter;

/**
 * The preview of a read-back workbook refuses, row by row and in the user's language, exactly what the activity
 * would refuse when saved, and keeps the rows without a problem as changes.
 */
class FollowUpPreviewTest {

    private static final long PLAN_ID = 77;
    private static final String SHEET = "Näringsliv";
    private static final int TITLE = 1;
    private static final int STATUS = 4;
    private static final int PROGRESS = 5;
    private static final int COMMENT = 6;

    private static ValidatorFactory factory;

    @BeforeAll
    static void validation() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /** Seven ongoing activities at 20 %, ids 1–7, each in its own row (rows 2–8 of the sheet). */
    private static Map<Long, Activity> activities() {
        ActivityPlan plan = ActivityPlan.blank(2026);
        FocusArea area = new FocusArea(null, SHEET, null, 1);
        return java.util.stream.LongStream.rangeClosed(1, 7).boxed().collect(Collectors.toMap(Function.identity(),
                id -> {
                    Activity activity = new Activity(plan, area, "Aktivitet " + id, LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 12, 31));
                    activity.followUp(ActivityStatus.ONGOING, 20, null);
                    return activity;
                }));
    }

    /** The workbook of the activities, edited as a responsible person might, and read back. */
    private static FollowUpImport editedWorkbook() throws IOException {
        List<ActivityRow> rows = java.util.stream.LongStream.rangeClosed(1, 7).mapToObj(id -> new ActivityRow(id,
                SHEET, "Aktivitet " + id, "Bo Berg", "Kv 1–4",
                se.sodertorn.governance.reports.followup.ActivityStatus.ONGOING, 20, null, null, null, null))
                .toList();
        FollowUpHeader header = new FollowUpHeader(PLAN_ID, "Aktivitetsplan 2026", 2026, null, null, null,
                Instant.parse("2026-05-04T08:00:00Z"), List.of());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        new FollowUpWorkbookWriter().write(header, rows.iterator(), written);
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written.toByteArray()))) {
            Sheet sheet = workbook.getSheet(SHEET);
            setText(row(sheet, 1).getCell(COMMENT), "x".repeat(5000));
            setText(row(sheet, 2).getCell(TITLE), "T".repeat(301));
            row(sheet, 3).getCell(PROGRESS).setCellValue(150);
            setText(row(sheet, 4).getCell(STATUS), "Nästan klar");
            setText(row(sheet, 5).getCell(TITLE), "   ");
            row(sheet, 6).getCell(STATUS).setBlank();
            setText(row(sheet, 7).getCell(STATUS), "Genomförd");
            setText(row(sheet, 7).getCell(COMMENT), "x".repeat(4000));
            workbook.write(edited);
        }
        return new FollowUpWorkbookReader().read(new ByteArrayInputStream(edited.toByteArray()));
    }

    /** Replaces a cell's text as Excel does (an inline string written by SXSSF would otherwise keep its text). */
    private static void setText(Cell cell, String text) {
        cell.setBlank();
        cell.setCellValue(text);
    }

    /** @return the row of the activity with that id (1-based id, row 2 in Excel for id 1) */
    private static Row row(Sheet sheet, long activityId) {
        return sheet.getRow((int) activityId);
    }

    private static ImportPreview preview(Locale locale) throws IOException {
        Map<Long, Activity> activities = activities();
        return new FollowUpPreviewer(new FollowUpRowCheck(factory, locale)).preview(editedWorkbook(), PLAN_ID,
                id -> Optional.ofNullable(activities.get(id)));
    }

    @Test
    void everyBrokenRuleIsReportedWithItsRowInSwedish() throws IOException {
        assertProblems(new Locale("sv", "SE"), "För lång text: högst 4000 tecken.", "För lång text: högst 300 tecken.",
                "Framsteg anges i procent från 0 till 100.", "Ange vad aktiviteten är.", "Välj en status.");
    }

    @Test
    void everyBrokenRuleIsReportedWithItsRowInEnglish() throws IOException {
        assertProblems(Locale.ENGLISH, "Too long: at most 4000 characters.", "Too long: at most 300 characters.",
                "Progress is a percentage from 0 to 100.", "Enter what the activity is.", "Choose a status.");
    }

    /**
     * The problems of the edited workbook: Excel rows 2–7, each with its column's rule in the language (the
     * unknown status is told by its value, worded by the page).
     */
    private static void assertProblems(Locale locale, String longComment, String longTitle, String progress,
                                       String noTitle, String noStatus) throws IOException {
        assertEquals(List.of(
                problem(2, "row.invalid.followUpComment", longComment),
                problem(3, "row.invalid.title", longTitle),
                problem(4, "row.invalid.progressPercent", progress),
                problem(5, "row.badStatus", "Nästan klar"),
                problem(6, "row.invalid.title", noTitle),
                problem(7, "row.invalid.status", noStatus)), preview(locale).problems());
    }

    @Test
    void rowsWithAProblemAreLeftOutAndTheRestCanBeSaved() throws IOException {
        ImportPreview preview = preview(new Locale("sv"));
        assertEquals(1, preview.changes().size());
        ImportPreview.Change done = preview.changes().get(0);
        assertEquals(7, done.activityId());
        assertEquals(ActivityStatus.DONE, done.newStatus());
        assertEquals(100, done.newProgress());
        assertEquals(4000, done.newComment().length(), "exactly the column's size is fine");
        assertFalse(done.isRenamed());
        assertTrue(preview.isApplicable(), "row problems do not stop the other rows");
        assertFalse(preview.isStopped());
        assertEquals(0, preview.unchanged());
    }

    @Test
    void whatThePreviewAcceptsTheActivityAccepts() throws IOException {
        Map<Long, Activity> activities = activities();
        ImportPreview preview = new FollowUpPreviewer(new FollowUpRowCheck(factory, Locale.ENGLISH))
                .preview(editedWorkbook(), PLAN_ID, id -> Optional.ofNullable(activities.get(id)));
        for (ImportPreview.Change change : preview.changes()) {
            Activity activity = activities.get(change.activityId());
            activity.setTitle(change.newTitle());
            activity.followUp(change.newStatus(), change.newProgress(), change.newComment());
            assertEquals(List.of(), List.copyOf(factory.getValidator().validate(activity)));
            assertTrue(FollowUpRowCheck.accepts(factory.getValidator(), activity));
        }
        Activity tooLong = activities.get(1L);
        tooLong.followUp(ActivityStatus.ONGOING, 20, "x".repeat(5000));
        assertFalse(FollowUpRowCheck.accepts(factory.getValidator(), tooLong), "the save check refuses it too");
    }

    @Test
    void aWorkbookOfAnotherPlanStopsEverything() throws IOException {
        Map<Long, Activity> activities = activities();
        ImportPreview preview = new FollowUpPreviewer(new FollowUpRowCheck(factory, Locale.ENGLISH))
                .preview(editedWorkbook(), PLAN_ID + 1, id -> Optional.ofNullable(activities.get(id)));
        assertEquals(new ImportPreview.Problem(null, 0, FollowUpPreviewer.OTHER_PLAN, String.valueOf(PLAN_ID)),
                preview.problems().get(0));
        assertTrue(preview.isStopped());
        assertFalse(preview.isApplicable());
    }

    private static ImportPreview.Problem problem(int row, String code, String detail) {
        return new ImportPreview.Problem(SHEET, row, code, detail);
    }
}
