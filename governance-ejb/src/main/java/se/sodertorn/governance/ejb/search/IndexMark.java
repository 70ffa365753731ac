package se.sodertorn.governance.ejb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How far this node's search index has followed the audit trail, kept beside the index (a file holding an ISO-8601
 * instant) so that a restarted node catches up with what other nodes saved while it was down. The index lives under
 * the directory named by the system property {@value #ROOT_PROPERTY} (see configure-web.cli).
 */
final class IndexMark {

    /** The system property naming the index directory, as Hibernate Search reads it. */
    static final String ROOT_PROPERTY = "hibernate.search.backend.directory.root";

    private final Path file;

    IndexMark(Path file) {
        this.file = file;
    }

    /** The mark beside this server's index: in the directory of {@value #ROOT_PROPERTY}, else the working directory. */
    static IndexMark ofServer() {
        return new IndexMark(Path.of(System.getProperty(ROOT_PROPERTY, ".")).resolve("followed-audit-trail"));
    }

    @Override
    public String toString() {
        return file.toString();
    }

    /** The kept mark, or empty when none was kept or it cannot be read. */
    Optional<Instant> read() {
        try {
            return Optional.of(Instant.parse(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | DateTimeParseException none) {
            return Optional.empty();
        }
    }

    /** Keeps the mark, replacing the file whole so that a crash leaves the old or the new mark. */
    void write(Instant mark) {
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, mark.toString(), StandardCharsets.US_ASCII);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the search index's mark in " + file, e);
        }
    }
}
