package se.sodertorn.governance.reports.followup;

/**
 * Bounds on an uploaded workbook, so that a huge or malicious file is refused instead of exhausting memory.
 *
 * @param maxBytes         the largest upload, in bytes ({@code file.tooLarge} beyond)
 * @param maxRows          the most activity rows over all sheets ({@code file.tooManyRows} beyond)
 * @param maxUnzippedBytes the most bytes all parts of the workbook may inflate to ({@code file.zipBomb} beyond)
 * @param minInflateRatio  the smallest ratio of compressed to inflated size of a part larger than 100 kB
 *                         ({@code file.zipBomb} below)
 */
public record ImportLimits(long maxBytes, int maxRows, long maxUnzippedBytes, double minInflateRatio) {

    private static final long MB = 1024L * 1024L;

    /** 10 MB upload, 20 000 rows, 100 MB inflated, compression at most 1:100. */
    public static final ImportLimits DEFAULT = new ImportLimits(10 * MB, 20_000, 100 * MB, 0.01);

    public ImportLimits {
        if (maxBytes <= 0 || maxRows <= 0 || maxUnzippedBytes <= 0 || maxUnzippedBytes > Integer.MAX_VALUE
                || minInflateRatio <= 0 || minInflateRatio >= 1) {
            throw new IllegalArgumentException("limits out of range");
        }
    }
}
