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
                imports.preview(plan.getYear(), new ByteArrayInputStream(edited.toByteArray())));
        assertTrue(preview.problems().isEmpty(), preview.problems()::toString);
        assertEquals(1, preview.changes().size());
        assertEquals(ActivityStatus.DONE, preview.changes().get(0).newStatus());
        assertEquals(ActivityStatus.PLANNED, callers.asMember(() -> activities.find(activity.getId())).getStatus(),
                "a preview stores nothing");

        ImportPreview garbage = callers.asSecretariat(() ->
                imports.preview(plan.getYear(), new ByteArrayInputStream("inte en arbetsbok".getBytes())));
        assertEquals("file.notWorkbook", garbage.problems().get(0).code());
        ImportPreview otherPlan = callers.asSecretariat(() ->
                imports.preview(2022, new ByteArrayInputStream(edited.toByteArray())));
        assertTrue(otherPlan.problems().stream().anyMatch(p -> p.code().equals("file.otherPlan")), otherPlan::toString);
        assertThrows(EJBAccessException.class, () -> callers.asDirector(() ->
                imports.apply(plan.getYear(), preview.changes())));

        assertEquals(1, callers.asSecretariat(() -> imports.apply(plan.getYear(), preview.changes())));
        Activity after = callers.asMember(() -> activities.find(activity.getId()));
        assertEquals(ActivityStatus.DONE, after.getStatus());
        assertEquals(100, after.getProgressPercent());
        assertEquals("Klar i maj", after.getFollowUpComment());
    }

    @Test
    void membersCannotDownload() throws Exception {
        assertThrows(EJBAccessException.class, () -> callers.asMember(() -> export.fileName(2022, null, null)));
    }
}
