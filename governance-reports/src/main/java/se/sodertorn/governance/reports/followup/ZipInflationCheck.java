package se.sodertorn.governance.reports.followup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every part of an upload once, only counting, before POI holds any of it in memory: a part that
 * compresses suspiciously well, or parts that together inflate beyond the limit, make a zip bomb.
 */
final class ZipInflationCheck {

    /** Parts up to this size may compress as well as they like (as in POI's {@code ZipSecureFile}). */
    private static final long GRACE_BYTES = 100 * 1024L;
    private static final int BUFFER_BYTES = 64 * 1024;

    private ZipInflationCheck() {
    }

    /** @return the problem, or empty when the upload is a zip within the limits */
    static Optional<ImportProblem> check(byte[] upload, ImportLimits limits) {
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                long size = 0;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    if (total > limits.maxUnzippedBytes()) {
                        return bomb("inflates to more than " + limits.maxUnzippedBytes() + " bytes");
                    }
                }
                long compressed = entry.getCompressedSize();
                if (size > GRACE_BYTES && compressed >= 0 && (double) compressed / size < limits.minInflateRatio()) {
                    return bomb(entry.getName() + ": " + compressed + " bytes inflate to " + size);
                }
            }
        } catch (IOException e) {
            return Optional.of(ImportProblem.ofFile(ImportProblem.FILE_NOT_WORKBOOK, e.getMessage()));
        }
        return entries > 0 ? Optional.empty()
                : Optional.of(ImportProblem.ofFile(ImportProblem.FILE_NOT_WORKBOOK, "empty zip file"));
    }

    private static Optional<ImportProblem> bomb(String detail) {
        return Optional.of(ImportProblem.ofFile(ImportProblem.FILE_ZIP_BOMB, detail));
    }
}
