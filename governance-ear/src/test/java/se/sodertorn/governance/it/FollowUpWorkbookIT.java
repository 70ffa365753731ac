package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.ejb.plan.ActivityService;
import se.sodertorn.governance.ejb.plan.FollowUpExportService;
import se.sodertorn.governance.ejb.plan.FollowUpImportService;
import se.sodertorn.governance.ejb.plan.ImportPreview;

/** The Excel follow-up out of the database and back in, through the services. */
@ExtendWith(ArquillianExtension.class)
class FollowUpWorkbookIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(FollowUpWorkbookIT.class);
    }

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @EJB
    private FollowUpExportService export;
    @EJB
    private FollowUpImportService imports;
    @EJB
    private ActivityPlanService plans;
    @EJB
    private ActivityService activities;
    @Inject
    private Callers callers;
    @Inject
    private PlanFixtures fixtures;

    private byte[] download(int year, Long round) throws Exception {
        return callers.asDirector(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.write(year, round, null, out);
            return out.toByteArray();
        });
    }

    /** The focus area's sheet; long names are shortened to Excel's 31 characters. */
    private static Sheet sheetOf(XSSFWorkbook workbook, FocusArea area) {
        for (Sheet sheet : workbook) {
            if (workbook.getSheetIndex(sheet) > 0 && area.getName().startsWith(sheet.getSheetName())) {
                return sheet;
            }
        }
        throw new AssertionError("no sheet for " + area.getName());
    }

    /** Replaces a cell's text as a spreadsheet program saves it (a shared string, not the writer's inline one). */
    private static void typeOver(Row row, int column, String text) {
        Cell cell = row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        cell.setBlank();
        cell.setCellValue(text);
    }

    private static Row rowOf(Sheet sheet, String title) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(title)) {
                    return row;
                }
            }
        }
        throw new AssertionError(title + " not on " + sheet.getSheetName());
    }

    @Test
    void theDemoWorkbookOf2022ShowsNaringslivMostlyNotDone() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(2022, null)))) {
            assertEquals(5, workbook.getNumberOfSheets(), "a summary and one sheet per focus area");
            Sheet business = workbook.getSheet("Näringsliv och högskola");
            long notDone = 0;
            long done = 0;
            for (Row row : business) {
                Cell id = row.getCell(0);
                if (id != null && id.getCellType() == CellType.STRING && id.getStringCellValue().equals("Summa")) {
                    break;
                }
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("Ej genomförd")) {
                        notDone++;
                    }
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("Genomförd")) {
                        done++;
                    }
                }
            }
            assertTrue(notDone > done, "Näringsliv: " + notDone + " not done, " + done + " done");
            assertFalse(workbook.getSheetAt(0).getDrawingPatriarch() == null
                    || workbook.getSheetAt(0).getDrawingPatriarch().getCharts().isEmpty(), "the summary has a chart");
        }
    }

    @Test
    void aRoundsWorkbookShowsItsValuesAndFormulaLikeTextStaysText() throws Exception {
        ActivityPlan plan = callers.asSecretariat(fixtures::newAdoptedPlan);
        FocusArea area = callers.asSecretariat(() -> fixtures.area(plan, 0));
        Activity formula = callers.asSecretariat(() -> fixtures.activity(plan, area, "=HYPERLINK(\"http://x\")", 1_000));
        callers.asSecretariat(() -> activities.followUp(formula.getId(), ActivityStatus.ONGOING, 50, "@kommentar", formula.getVersion()));
        Long round = callers.asSecretariat(() -> plans.takeRound(plan.getId(), "Tertial 1", LocalDate.of(plan.getYear(), 4, 30))).getId();
        Activity later = callers.asSecretariat(() -> activities.find(formula.getId()));
        callers.asSecretariat(() -> activities.followUp(later.getId(), ActivityStatus.DONE, 100, "klar", later.getVersion()));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(plan.getYear(), round)))) {
            Row row = rowOf(sheetOf(workbook, area), "=HYPERLINK(\"http://x\")");
            List<String> texts = new java.util.ArrayList<>();
            row.forEach(cell -> {
                assertTrue(cell.getCellType() != CellType.FORMULA, "no formula cells");
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            });
            assertTrue(texts.contains("Pågående"), "the round's status: " + texts);
            assertTrue(texts.contains("@kommentar"), texts::toString);
            assertFalse(texts.contains("Genomförd"), texts::toString);
        }
        assertEquals("uppfoljning-" + plan.getYear() + "-tertial-1.xlsx",
                callers.asDirector(() -> export.fileName(plan.getYear(), round, null)));
    }

    @Test
    void anEditedWorkbookIsPreviewedThenAppliedAndABadOneChangesNothing() throws Exception {
        ActivityPlan plan = callers.asSecretariat(fixtures::newPlan);
        FocusArea area = callers.asSecretariat(() -> fixtures.area(plan, 1));
        Activity activity = callers.asSecretariat(() -> fixtures.activity(plan, area, "Att följa upp", 1_000));
        byte[] original = download(plan.getYear(), null);
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            Row row = rowOf(sheetOf(workbook, area), "Att följa upp");
            Row header = sheetOf(workbook, area).getRow(row.getSheet().getFirstRowNum());
            for (Cell cell : header) {
                switch (cell.getStringCellValue()) {
                    case "Status" -> typeOver(row, cell.getColumnIndex(), "Genomförd");
                    case "Kommentar" -> typeOver(row, cell.getColumnIndex(), "Klar i maj");
                    default -> { }
                }
            }
            workbook.write(edited);
        }

        ImportPreview preview = callers.asSecretariat(() ->
                imports.preview(plan.getYear(), new ByteArrayInputStream(edited.toByteArray()), SWEDISH));
        assertTrue(preview.problems().isEmpty(), preview.problems()::toString);
        assertEquals(1, preview.changes().size());
        assertEquals(ActivityStatus.DONE, preview.changes().get(0).newStatus());
        assertEquals(ActivityStatus.PLANNED, callers.asMember(() -> activities.find(activity.getId())).getStatus(),
                "a preview stores nothing");

        ImportPreview garbage = callers.asSecretariat(() ->
                imports.preview(plan.getYear(), new ByteArrayInputStream("inte en arbetsbok".getBytes()), SWEDISH));
        assertEquals("file.notWorkbook", garbage.problems().get(0).code());
        ImportPreview otherPlan = callers.asSecretariat(() ->
                imports.preview(2022, new ByteArrayInputStream(edited.toByteArray()), SWEDISH));
        assertTrue(otherPlan.problems().stream().anyMatch(p -> p.code().equals("file.otherPlan")), otherPlan::toString);
        assertThrows(EJBAccessException.class, () -> callers.asDirector(() ->
                imports.apply(plan.getYear(), preview.changes())));

        assertEquals(1, callers.asSecretariat(() -> imports.apply(plan.getYear(), preview.changes())));
        Activity after = callers.asMember(() -> activities.find(activity.getId()));
        assertEquals(ActivityStatus.DONE, after.getStatus());
        assertEquals(100, after.getProgressPercent());
        assertEquals("Klar i maj", after.getFollowUpComment());
    }

    /** Types the text into the column with that heading (the focus-area sheet's first row). */
    private static void typeInto(Row row, String heading, String text) {
        for (Cell cell : row.getSheet().getRow(0)) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(heading)) {
                typeOver(row, cell.getColumnIndex(), text);
                return;
            }
        }
        throw new AssertionError("no column " + heading);
    }

    /** A new draft plan with two planned activities in its first focus area. */
    private record TwoActivities(ActivityPlan plan, FocusArea area, Activity first, Activity second) {
    }

    private TwoActivities twoActivities(String firstTitle, String secondTitle) throws Exception {
        ActivityPlan plan = callers.asSecretariat(fixtures::newPlan);
        FocusArea area = callers.asSecretariat(() -> fixtures.area(plan, 0));
        return new TwoActivities(plan, area,
                callers.asSecretariat(() -> fixtures.activity(plan, area, firstTitle, 1_000)),
                callers.asSecretariat(() -> fixtures.activity(plan, area, secondTitle, 2_000)));
    }

    @Test
    void aCommentLongerThanTheColumnIsReportedInThePreviewAndTheRestStillImports() throws Exception {
        TwoActivities two = twoActivities("Lång kommentar", "Resten");
        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        String sheetName;
        int talkativeRow;
        byte[] original = download(two.plan().getYear(), null);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            Sheet sheet = sheetOf(workbook, two.area());
            sheetName = sheet.getSheetName();
            Row row = rowOf(sheet, "Lång kommentar");
            talkativeRow = row.getRowNum() + 1;
            typeInto(row, "Kommentar", "Mycket att säga. ".repeat(300).substring(0, 5000));
            typeInto(row, "Status", "Pågående");
            typeInto(rowOf(sheet, "Resten"), "Status", "Genomförd");
            workbook.write(edited);
        }

        ImportPreview swedish = callers.asSecretariat(() ->
                imports.preview(two.plan().getYear(), new ByteArrayInputStream(edited.toByteArray()), SWEDISH));
        assertEquals(List.of(new ImportPreview.Problem(sheetName, talkativeRow, "row.invalid.followUpComment",
                "För lång text: högst 4000 tecken.")), swedish.problems());
        ImportPreview english = callers.asSecretariat(() ->
                imports.preview(two.plan().getYear(), new ByteArrayInputStream(edited.toByteArray()), Locale.ENGLISH));
        assertEquals("Too long: at most 4000 characters.", english.problems().get(0).detail());
        assertEquals(List.of(two.second().getId()),
                swedish.changes().stream().map(ImportPreview.Change::activityId).toList(),
                "the row with the problem is not among the changes");
        assertTrue(swedish.isApplicable(), "the rest can be saved");

        assertEquals(1, callers.asSecretariat(() -> imports.apply(two.plan().getYear(), swedish.changes())));
        Activity unchanged = callers.asMember(() -> activities.find(two.first().getId()));
        assertEquals(ActivityStatus.PLANNED, unchanged.getStatus(), "nothing of the refused row is stored");
        assertEquals(null, unchanged.getFollowUpComment());
        assertEquals(two.first().getVersion(), unchanged.getVersion());
        assertEquals(ActivityStatus.DONE, callers.asMember(() -> activities.find(two.second().getId())).getStatus());
    }

    @Test
    void applyingAChangeThePreviewWouldRefuseStoresNothingAndSaysWhy() throws Exception {
        TwoActivities two = twoActivities("Först", "Sedan");
        List<ImportPreview.Change> forged = List.of(
                new ImportPreview.Change(two.first().getId(), two.first().getVersion(), "Först", "Först",
                        ActivityStatus.PLANNED, ActivityStatus.DONE, 0, 100, null, "Klar"),
                new ImportPreview.Change(two.second().getId(), two.second().getVersion(), "Sedan", "Sedan",
                        ActivityStatus.PLANNED, ActivityStatus.ONGOING, 0, 10, null, "x".repeat(5000)));

        Exception refused = assertThrows(Exception.class,
                () -> callers.asSecretariat(() -> imports.apply(two.plan().getYear(), forged)));
        GovernanceException rule = null;
        for (Throwable cause = refused; cause != null && rule == null; cause = cause.getCause()) {
            rule = cause instanceof GovernanceException g ? g : null;
        }
        assertTrue(rule != null && rule.getMessageKey().equals("import.invalidChange"), refused::toString);
        assertEquals(ActivityStatus.PLANNED, callers.asMember(() -> activities.find(two.first().getId())).getStatus(),
                "the valid change before it is not stored either");
        assertEquals(null, callers.asMember(() -> activities.find(two.second().getId())).getFollowUpComment());
    }

    @Test
    void membersCannotDownload() throws Exception {
        assertThrows(EJBAccessException.class, () -> callers.asMember(() -> export.fileName(2022, null, null)));
    }
}
