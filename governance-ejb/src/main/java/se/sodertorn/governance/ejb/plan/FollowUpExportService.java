package se.sodertorn.governance.ejb.plan;

import java.io.IOException;
import java.io.OutputStream;

/** The Excel follow-up of a year's plan, per focus area, now or as a round recorded it. */
public interface FollowUpExportService {

    /**
     * The file name for the download, e.g. {@code uppfoljning-2023-helar.xlsx}; also checks that the plan, the
     * round and the focus area exist and that the caller may download.
     */
    String fileName(int year, Long roundId, Long focusAreaId);

    /** Writes the workbook, streaming the activities from the database. */
    void write(int year, Long roundId, Long focusAreaId, OutputStream out) throws IOException;
}
