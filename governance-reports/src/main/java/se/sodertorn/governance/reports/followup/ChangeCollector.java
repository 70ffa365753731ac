package se.sodertorn.governance.reports.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns the cell texts of each activity row into an {@link ActivityChange}, or into the problems it has; counts
 * the rows against the limit and remembers the ids seen, over all sheets.
 */
final class ChangeCollector {

    /** Thrown, without a stack trace, to stop reading once there are more rows than allowed. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    private final int maxRows;
    private final List<ActivityChange> changes = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<Long, String> seen = new HashMap<>();
    private int rows;

    ChangeCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    /**
     * Takes one row; all texts may be {@code null} (empty cell). A row with nothing in them is skipped. A row
     * whose id is unusable (no whole number, or seen before) is only a problem; any other row becomes a change,
     * with {@code null} for a status or progress that cannot be read (and a problem for it). An empty status is
     * left to the caller's rules (it is a required field there); ranges and lengths too.
     */
    void row(String sheet, int rowNumber, String id, String title, String status, String progress, String comment) {
        if (isBlank(id) && isBlank(title) && isBlank(status) && isBlank(progress) && isBlank(comment)) {
            return;
        }
        if (++rows > maxRows) {
            throw new TooManyRows();
        }
        OptionalLong activityId = wholeNumber(id);
        boolean usableId = activityId.isPresent() && activityId.getAsLong() > 0;
        if (!usableId) {
            problem(sheet, rowNumber, ImportProblem.ROW_BAD_ID, id);
        } else {
            String earlier = seen.putIfAbsent(activityId.getAsLong(), sheet + "!" + rowNumber);
            if (earlier != null) {
                problem(sheet, rowNumber, ImportProblem.ROW_DUPLICATE_ID, id + " (" + earlier + ")");
                usableId = false;
            }
        }
        ActivityStatus parsedStatus = null;
        if (!isBlank(status)) {
            parsedStatus = ActivityStatus.fromLabel(status).orElse(null);
            if (parsedStatus == null) {
                problem(sheet, rowNumber, ImportProblem.ROW_BAD_STATUS, status);
            }
        }
        OptionalLong percent = wholeNumber(progress == null ? null : progress.strip().replaceFirst("\\s*%$", ""));
        Integer parsedProgress = null;
        if (percent.isPresent() && percent.getAsLong() == (int) percent.getAsLong()) {
            parsedProgress = (int) percent.getAsLong();
        } else {
            problem(sheet, rowNumber, ImportProblem.ROW_BAD_PROGRESS, progress);
        }
        if (usableId) {
            changes.add(new ActivityChange(activityId.getAsLong(), sheet, rowNumber, text(title), parsedStatus,
                    parsedProgress, text(comment)));
        }
    }

    void problem(String sheet, int rowNumber, String code, String detail) {
        problems.add(new ImportProblem(sheet, rowNumber, code, detail == null ? "" : detail));
    }

    List<ActivityChange> changes() {
        return changes;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /**
     * @return the cell's text without the characters no text of ours holds and a database may refuse: control
     *         characters other than tab and line breaks, and half surrogate pairs (Excel's {@code _x0000_} escapes
     *         can carry them); empty for an empty cell
     */
    static String text(String cell) {
        if (cell == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(cell.length());
        cell.codePoints().filter(c -> !(c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c < 0xa0
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE || c == 0xfffe || c == 0xffff))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** @return the text as a whole number ("12", " 12.0 "), or empty when it is none */
    private static OptionalLong wholeNumber(String text) {
        if (isBlank(text)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(new BigDecimal(text.strip()).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }
}
