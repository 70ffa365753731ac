package se.sodertorn.governance.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A table of the security suite under {@code src/test/resources/security/}: tab-separated lines, {@code #} starting a
 * comment line, blank lines skipped. Each row knows where it stands, so that a failure names its line.
 */
final class SecurityTable {

    private SecurityTable() {
    }

    /** One line of a table: its cells and where it stands. */
    record Row(String where, List<String> cells) {

        String cell(int index) {
            return cells.get(index);
        }
    }

    /**
     * The problems the check finds in each row (or case made of rows), in their order; they are checked by a few
     * threads at once (pass 1 for one after the other), as a few browsers would ask.
     */
    static <T> List<String> check(List<T> rows, int threads, Function<T, List<String>> check) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> checked = new ArrayList<>();
            for (T row : rows) {
                checked.add(pool.submit(() -> check.apply(row)));
            }
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> row : checked) {
                problems.addAll(row.get());
            }
            return problems;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The rows of the table, e.g. {@code "authorization.tsv"}.
     *
     * @param columns how many cells each row must have
     */
    static List<Row> read(String name, int columns) {
        String resource = "/security/" + name;
        try (InputStream in = SecurityTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (cells.size() != columns) {
                    throw new IllegalStateException(name + ":" + number + " has " + cells.size() + " cells, not "
                            + columns + ": " + line);
                }
                rows.add(new Row(name + ":" + number, cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
