package se.sodertorn.governance.benchmarks;

import java.util.Locale;

/**
 * One forked run's outcome: the figures, or why there are none ("OOM", "timeout", "failed").
 *
 * @param rows     the activities written
 * @param writer   the writer
 * @param maxHeap  the fork's -Xmx
 * @param seconds  the write's wall time
 * @param peakMb   the peak heap used, garbage included
 * @param liveMb   the most heap live after a collection
 * @param fileMb   the workbook's size
 * @param failure  why there are no figures, or {@code null}
 */
record Measurement(int rows, WorkbookCase writer, String maxHeap, double seconds, double peakMb, double liveMb,
                   double fileMb, String failure) {

    private static final double MB = 1024.0 * 1024.0;

    /** Parses the fork's "RESULT …" line. */
    static Measurement parse(int rows, WorkbookCase writer, String maxHeap, String resultLine) {
        String[] fields = resultLine.split(" ");
        if (fields.length < 5) {
            return failed(rows, writer, maxHeap, fields.length > 1 ? fields[1] : "failed");
        }
        return new Measurement(rows, writer, maxHeap, Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
                Double.parseDouble(fields[3]), Long.parseLong(fields[4]) / MB, null);
    }

    static Measurement failed(int rows, WorkbookCase writer, String maxHeap, String failure) {
        return new Measurement(rows, writer, maxHeap, 0, 0, 0, 0, failure);
    }

    String tableRow() {
        String figures = failure != null ? String.format(Locale.ROOT, "| %s | | | |", failure)
                : String.format(Locale.ROOT, "| %.2f | %.0f | %.1f | %.1f |", seconds, peakMb, liveMb, fileMb);
        return String.format(Locale.ROOT, "| %,d | %s | %s %s", rows, writer.title(), maxHeap, figures);
    }
}
