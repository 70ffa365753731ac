package se.sodertorn.governance.ejb.meeting;

/**
 * The largest file a paper may have, in bytes: the system property {@value #PROPERTY} or the environment variable
 * {@value #VARIABLE}, else {@value #DEFAULT} (50 MiB). Values that are no positive whole number, or above
 * {@value #CEILING} (the most the server takes in one upload, see {@code web.xml}), fall back to the default.
 */
public final class PaperLimit {

    /** The system property that sets the limit. */
    public static final String PROPERTY = "governance.papers.max-bytes";
    /** The environment variable that sets the limit when the property is not set. */
    public static final String VARIABLE = "GOVERNANCE_PAPERS_MAX_BYTES";
    /** The limit when none is set: 50 MiB. */
    public static final long DEFAULT = 50L * 1024 * 1024;
    /** The highest limit that can be set: 1 GiB, what the server takes in one upload. */
    public static final long CEILING = 1024L * 1024 * 1024;

    private PaperLimit() {
    }

    /** The limit in force now, in bytes. */
    public static long maxBytes() {
        return parsed(System.getProperty(PROPERTY, System.getenv(VARIABLE)));
    }

    static long parsed(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT;
        }
        try {
            long bytes = Long.parseLong(setting.strip());
            return bytes > 0 && bytes <= CEILING ? bytes : DEFAULT;
        } catch (NumberFormatException notANumber) {
            return DEFAULT;
        }
    }

    /** The limit in whole megabytes (MiB), rounded down but at least 1, for messages. */
    public static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
