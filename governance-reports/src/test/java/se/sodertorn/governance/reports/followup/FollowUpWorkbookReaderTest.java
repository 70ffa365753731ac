package se.sodertorn.governance.reports.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FollowUpWorkbookReaderTest {

    private static final int STATUS = DetailColumn.STATUS.ordinal();
    private static final int PROGRESS = DetailColumn.PROGRESS.ordinal();
    private static final int COMMENT = DetailColumn.COMMENT.ordinal();

    private final FollowUpWorkbookReader reader = new FollowUpWorkbookReader();

    @Test
    void unchangedWorkbookReadsBackAsWritten() throws IOException {
        FollowUpImport result = read(FollowUpSamples.workbook(FollowUpSamples.EARLIER_ROUND));
        assertEquals(List.of(), result.problems());
        assertEquals(FollowUpSamples.PLAN_ID, result.planId());
        Map<Long, ActivityRow> written = FollowUpSamples.rows().stream()
                .collect(Collectors.toMap(ActivityRow::activityId, Function.identity()));
        assertEquals(written.size(), result.changes().size());
        for (ActivityChange change : result.changes()) {
            ActivityRow row = written.get(change.activityId());
            assertEquals(row.status(), change.status());
            assertEquals(row.progressPercent(), change.progressPercent());
            assertEquals(row.comment() == null ? "" : row.comment(), change.comment());
        }
        ActivityChange first = result.changes().get(0);
        assertEquals("Näringsliv och arbete", first.sheet());
        assertEquals(2, first.rowNumber());
        assertEquals("=SUM(1,2)", first.comment());
    }

    @Test
    void editsComeBack() throws IOException {
        byte[] edited = FollowUpSamples.edit(FollowUpSamples.workbook(null), workbook -> {
            Sheet sheet = workbook.getSheetAt(1);
            setText(sheet.getRow(2).getCell(STATUS), " genomförd ");
            sheet.getRow(2).getCell(PROGRESS).setCellValue(100);
            setText(sheet.getRow(2).getCell(COMMENT), "Klart i maj");
            setText(sheet.getRow(3).getCell(STATUS), "ONGOING");
            setText(sheet.getRow(3).getCell(PROGRESS), "55 %");
            setNumber(sheet.getRow(3).getCell(COMMENT), -1);
            Cell percent = workbook.getSheetAt(2).getRow(1).getCell(PROGRESS);
            percent.setCellValue(0.07);
            percent.setCellStyle(percentStyle(workbook));
            workbook.getSheetAt(2).getRow(1).getCell(COMMENT).setBlank();
        });
        FollowUpImport result = read(edited);
        assertEquals(List.of(), result.problems());
        assertEquals(new ActivityChange(102, "Näringsliv och arbete", 3, "Gemensam etableringsstrategi",
                ActivityStatus.DONE, 100, "Klart i maj"),
                change(result, 102));
        assertEquals(new ActivityChange(103, "Näringsliv och arbete", 4, "Kompetensförsörjning",
                ActivityStatus.ONGOING, 55, "-1"),
                change(result, 103));
        assertEquals(7, change(result, 201).progressPercent());
        assertEquals("", change(result, 201).comment());
        assertEquals(ActivityStatus.DONE, change(result, 101).status());
    }

    @Test
    void badCellsAreReportedAndRowsWithoutAUsableIdLeftOut() throws IOException {
        byte[] edited = FollowUpSamples.edit(FollowUpSamples.workbook(null), workbook -> {
            Sheet sheet = workbook.getSheetAt(1);
            setText(sheet.getRow(1).getCell(STATUS), "Nästan klar");
            sheet.getRow(2).getCell(PROGRESS).setCellValue(150);
            setText(sheet.getRow(3).getCell(PROGRESS), "abc");
            Sheet climate = workbook.getSheetAt(2);
            climate.getRow(1).getCell(0).setCellValue(101);
            setText(climate.getRow(2).getCell(0), "x12");
        });
        FollowUpImport result = read(edited);
        assertEquals(List.of(
                new ImportProblem("Näringsliv och arbete", 2, ImportProblem.ROW_BAD_STATUS, "Nästan klar"),
                new ImportProblem("Näringsliv och arbete", 4, ImportProblem.ROW_BAD_PROGRESS, "abc"),
                new ImportProblem("Klimat miljö", 2, ImportProblem.ROW_DUPLICATE_ID, "101 (Näringsliv och arbete!2)"),
                new ImportProblem("Klimat miljö", 3, ImportProblem.ROW_BAD_ID, "x12")), result.problems());
        assertEquals(List.of(101L, 102L, 103L, 301L, 302L),
                result.changes().stream().map(ActivityChange::activityId).toList());
        assertNull(change(result, 101).status(), "an unknown status is not guessed");
        assertEquals(150, change(result, 102).progressPercent(), "the range is the entity's rule, checked later");
        assertNull(change(result, 103).progressPercent());
        assertEquals("Kompetensförsörjning", change(result, 103).title());
    }

    @Test
    void sheetWithoutStatusColumnIsReported() throws IOException {
        byte[] edited = FollowUpSamples.edit(FollowUpSamples.workbook(null),
                workbook -> setText(workbook.getSheetAt(1).getRow(0).getCell(STATUS), "Läge"));
        FollowUpImport result = read(edited);
        assertEquals(List.of(new ImportProblem("Näringsliv och arbete", 1, ImportProblem.SHEET_MISSING_COLUMN,
                "Status")), result.problems());
        assertEquals(4, result.changes().size());
    }

    @Test
    void workbookWithoutPlanMarkerIsRefused() throws IOException {
        byte[] foreign;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            setText(workbook.createSheet("Blad1").createRow(0).createCell(0), "Id");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            foreign = out.toByteArray();
        }
        assertRejected(read(foreign), ImportProblem.FILE_NO_PLAN_MARKER);
    }

    @Test
    void randomBytesAreNoWorkbook() throws IOException {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        assertRejected(read(noise), ImportProblem.FILE_NOT_WORKBOOK);
        assertRejected(read(new byte[0]), ImportProblem.FILE_NOT_WORKBOOK);
        byte[] truncated = Arrays.copyOf(FollowUpSamples.workbook(null), 3000);
        assertRejected(read(truncated), ImportProblem.FILE_NOT_WORKBOOK);
    }

    @Test
    void oversizeUploadIsRefusedWithoutReadingItAll() throws IOException {
        byte[] xlsx = FollowUpSamples.workbook(null);
        ImportLimits small = new ImportLimits(xlsx.length - 1, 20_000, 1 << 20, 0.01);
        assertRejected(reader.read(new ByteArrayInputStream(xlsx), small), ImportProblem.FILE_TOO_LARGE);
        assertRejected(reader.read(new EndlessZeros()), ImportProblem.FILE_TOO_LARGE);
    }

    @Test
    void tooManyRowsAreRefused() throws IOException {
        ImportLimits fewRows = new ImportLimits(1 << 20, 3, 1 << 20, 0.01);
        byte[] xlsx = FollowUpSamples.workbook(null);
        assertRejected(reader.read(new ByteArrayInputStream(xlsx), fewRows), ImportProblem.FILE_TOO_MANY_ROWS);
    }

    @Test
    void hugeHighlyCompressiblePartIsAZipBomb() throws IOException {
        byte[] bomb = ZipBombs.withPaddedSheet(FollowUpSamples.workbook(null), 300L << 20);
        assertTrue(bomb.length < 2 << 20, "the bomb itself is small: " + bomb.length);
        assertRejected(read(bomb), ImportProblem.FILE_ZIP_BOMB);
    }

    @Test
    void partCompressingBeyondTheRatioIsAZipBomb() throws IOException {
        byte[] bomb = ZipBombs.withPaddedSheet(FollowUpSamples.workbook(null), 20L << 20);
        assertRejected(read(bomb), ImportProblem.FILE_ZIP_BOMB);
        ImportLimits lenient = new ImportLimits(10 << 20, 20_000, 100 << 20, 0.0001);
        FollowUpImport accepted = reader.read(new ByteArrayInputStream(bomb), lenient);
        assertEquals(List.of(), accepted.problems());
        assertEquals(FollowUpSamples.rows().size(), accepted.changes().size());
    }

    private FollowUpImport read(byte[] xlsx) throws IOException {
        return reader.read(new ByteArrayInputStream(xlsx));
    }

    private static void assertRejected(FollowUpImport result, String code) {
        assertEquals(1, result.problems().size(), result.problems().toString());
        ImportProblem problem = result.problems().get(0);
        assertEquals(code, problem.code(), problem.detail());
        assertEquals(0, problem.rowNumber());
        assertEquals(List.of(), result.changes());
        assertEquals(0, result.planId());
    }

    private static ActivityChange change(FollowUpImport result, long activityId) {
        return result.changes().stream().filter(c -> c.activityId() == activityId).findFirst().orElseThrow();
    }

    /**
     * Replaces a cell's value as Excel would. XSSF's setCellValue on an inline-string cell (as SXSSF writes them)
     * keeps the old inline text beside the new value, so the cell is blanked first.
     */
    private static void setText(Cell cell, String text) {
        cell.setBlank();
        cell.setCellValue(text);
    }

    private static void setNumber(Cell cell, double number) {
        cell.setBlank();
        cell.setCellValue(number);
    }

    private static CellStyle percentStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        return style;
    }

    /** A stream that never ends. */
    private static final class EndlessZeros extends InputStream {
        @Override
        public int read() {
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 0);
            return length;
        }
    }
}
