package se.sodertorn.governance.ejb.plan;

import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.List;

/**
 * Reads back a follow-up workbook in which the responsible people changed status, progress or comments: first a
 * preview of what would change, activity by activity; then, on confirmation, all of it or nothing.
 */
public interface FollowUpImportService {

    /** What the uploaded workbook would change in the year's plan, and every problem found in it. */
    ImportPreview preview(int year, @NotNull InputStream workbook);

    /** Applies the changes of a clean preview in one transaction; returns how many activities changed. */
    int apply(int year, @NotNull List<ImportPreview.Change> changes);
}
