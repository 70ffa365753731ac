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

    private static final int MAX_PROGRESS = 100;

    private final int maxRows;
    private final List<ActivityChange> changes = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<Long, String> seen = new HashMap<>();
    private int rows;

    ChangeCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Takes one row; all texts may be {@code null} (empty cell). A row with nothing in them is skipped. */
    void row(String sheet, int rowNumber, String id, String status, String progress, String comment) {
        if (isBlank(id) && isBlank(status) && isBlank(progress) && isBlank(comment)) {
            return;
        }
        if (++rows > maxRows) {
            throw new TooManyRows();
        }
        int problemsBefore = problems.size();
        OptionalLong activityId = wholeNumber(id);
        if (activityId.isEmpty() || activityId.getAsLong() <= 0) {
            problem(sheet, rowNumber, ImportProblem.ROW_BAD_ID, id);
        } else {
            String earlier = seen.putIfAbsent(activityId.getAsLong(), sheet + "!" + rowNumber);
            if (earlier != null) {
                problem(sheet, rowNumber, ImportProblem.ROW_DUPLICATE_ID, id + " (" + earlier + ")");
            }
        }
        Optional<ActivityStatus> parsedStatus = ActivityStatus.fromLabel(status);
        if (parsedStatus.isEmpty()) {
            problem(sheet, rowNumber, ImportProblem.ROW_BAD_STATUS, status);
        }
        OptionalLong percent = wholeNumber(progress == null ? null : progress.strip().replaceFirst("\\s*%$", ""));
        if (percent.isEmpty() || percent.getAsLong() < 0 || percent.getAsLong() > MAX_PROGRESS) {
            problem(sheet, rowNumber, ImportProblem.ROW_BAD_PROGRESS, progress);
        }
        if (problems.size() == problemsBefore) {
            changes.add(new ActivityChange(activityId.getAsLong(), sheet, rowNumber, parsedStatus.get(),
                    (int) percent.getAsLong(), comment == null ? "" : comment));
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
