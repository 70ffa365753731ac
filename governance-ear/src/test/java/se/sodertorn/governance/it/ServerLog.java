package se.sodertorn.governance.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The test server's log ({@code standalone/log/server.log} of the managed WildFly), to check what a test made the
 * server write: an expected refusal is logged in one line, never with a stack trace or at ERROR.
 */
final class ServerLog {

    private static final Path LOG = Path.of(System.getProperty("jboss.home", "target/wildfly"), "standalone", "log",
            "server.log");

    private final long start;

    private ServerLog(long start) {
        this.start = start;
    }

    /** The log from now on. */
    static ServerLog fromNow() {
        try {
            return new ServerLog(Files.exists(LOG) ? Files.size(LOG) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines written since, that are part of a stack trace or at ERROR or SEVERE, at most 20 of them. */
    List<String> failures() {
        return written().stream().filter(line -> line.startsWith("\tat ") || line.startsWith("Caused by: ")
                || line.contains(" ERROR [") || line.contains(" SEVERE [")).limit(20)
                .map(line -> "server.log: " + line).toList();
    }

    private List<String> written() {
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            long from = file.length() < start ? 0 : start;
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
