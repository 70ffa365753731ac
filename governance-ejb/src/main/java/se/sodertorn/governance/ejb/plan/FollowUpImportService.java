package se.sodertorn.governance.ejb.plan;

import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Reads back a follow-up workbook in which the responsible people changed titles, status, progress or comments:
 * first a preview of what would change, activity by activity, with every problem of the file and of each row;
 * then, on confirmation, the changes of the rows without a problem, all of them or nothing.
 */
public interface FollowUpImportService {

    /**
     * What the uploaded workbook would change in the year's plan, and every problem found in it. Each row is checked
     * as the activity itself would check it when saved (its Bean Validation constraints); a row with a problem is
     * reported and left out of the changes.
     *
     * @param locale the language of the constraint messages in the problems (Swedish or English)
     */
    ImportPreview preview(int year, @NotNull InputStream workbook, @NotNull Locale locale);

    /**
     * Applies the changes of a preview in one transaction; returns how many activities changed. A change that
     * breaks an activity's rule (possible only if it was not made by {@link #preview}) or an activity changed by
     * someone else since the preview stops all of them, with a message, and nothing is stored.
     */
    int apply(int year, @NotNull List<ImportPreview.Change> changes);
}
