package se.sodertorn.governance.reports.followup;

/**
 * Something wrong in an uploaded workbook. The code is stable (the caller translates it); the detail is a short
 * technical explanation (the offending value, or the limit that was passed), not meant for translation.
 *
 * @param sheet     the sheet, or {@code null} for the whole file
 * @param rowNumber the row as Excel numbers it (1-based), or 0 for the whole file or sheet
 * @param code      one of the constants of this record
 * @param detail    what exactly was found
 */
public record ImportProblem(String sheet, int rowNumber, String code, String detail) {

    /** Not an Excel workbook (.xlsx) at all, or a damaged one. */
    public static final String FILE_NOT_WORKBOOK = "file.notWorkbook";
    /** Larger than {@link ImportLimits#maxBytes()}. */
    public static final String FILE_TOO_LARGE = "file.tooLarge";
    /** Inflates beyond {@link ImportLimits#maxUnzippedBytes()} or compresses suspiciously well. */
    public static final String FILE_ZIP_BOMB = "file.zipBomb";
    /** No plan marker: not a follow-up workbook made by this application. */
    public static final String FILE_NO_PLAN_MARKER = "file.noPlanMarker";
    /** More activity rows than {@link ImportLimits#maxRows()}. */
    public static final String FILE_TOO_MANY_ROWS = "file.tooManyRows";
    /** A focus-area sheet lacks a column the import needs (the detail names it). */
    public static final String SHEET_MISSING_COLUMN = "sheet.missingColumn";
    /** The id cell is empty or not a positive whole number. */
    public static final String ROW_BAD_ID = "row.badId";
    /** The status is none of the status labels (an empty status is the caller's rule: required). */
    public static final String ROW_BAD_STATUS = "row.badStatus";
    /** The progress is empty or not a whole number (its range is the caller's rule). */
    public static final String ROW_BAD_PROGRESS = "row.badProgress";
    /** The id was already on an earlier row; the later row is ignored. */
    public static final String ROW_DUPLICATE_ID = "row.duplicateId";

    static ImportProblem ofFile(String code, String detail) {
        return new ImportProblem(null, 0, code, detail);
    }
}
