package se.sodertorn.governance.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Writes the same synthetic plan with each writer at each size, every case in a fresh JVM with the same fixed
 * heap ({@value #HEAP}), then once more with our writer in {@value #SMALL_HEAP} at the largest size, and prints a
 * Markdown table. Each case runs {@value #REPEATS} times ({@value #LARGE_REPEATS} above {@value #COMPARED_SIZE}
 * rows) and the fastest run is kept, to damp the noise of other work on the machine. XSSF is not run above
 * {@value #XSSF_MAX_ROWS} rows: it holds the whole workbook, over 1 GB live at 100 000 rows.
 * Arguments: optionally a comma-separated list of sizes (default {@value #DEFAULT_SIZES}).
 */
public final class BenchmarkMain {

    private static final String HEAP = "-Xmx3g";
    private static final String SMALL_HEAP = "-Xmx64m";
    private static final long TIMEOUT_MINUTES = 10;
    private static final String DEFAULT_SIZES = "10000,100000,500000";
    private static final int COMPARED_SIZE = 100_000;
    private static final int XSSF_MAX_ROWS = 100_000;
    private static final int REPEATS = 3;
    private static final int LARGE_REPEATS = 2;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : DEFAULT_SIZES).split(","))
                .mapToInt(Integer::parseInt).toArray();
        Path directory = Files.createTempDirectory("governance-benchmarks");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Measurement> results = new ArrayList<>();
        for (int size : sizes) {
            for (WorkbookCase writer : WorkbookCase.values()) {
                results.add(writer == WorkbookCase.XSSF && size > XSSF_MAX_ROWS
                        ? Measurement.failed(size, writer, HEAP, "not run (heap)")
                        : fastest(writer, size, HEAP, directory));
            }
        }
        results.add(fastest(WorkbookCase.FOLLOW_UP, Arrays.stream(sizes).max().orElseThrow(), SMALL_HEAP,
                directory));
        Files.deleteIfExists(directory);
        print(results);
        System.out.printf(Locale.ROOT, "%nLoad average before %.2f, after %.2f%n", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Measurement fastest(WorkbookCase writer, int rows, String maxHeap, Path directory)
            throws IOException, InterruptedException {
        Measurement best = null;
        for (int run = 0; run < (rows > COMPARED_SIZE ? LARGE_REPEATS : REPEATS); run++) {
            Measurement measurement = fork(writer, rows, maxHeap, directory);
            if (measurement.failure() != null) {
                return measurement;
            }
            if (best == null || measurement.seconds() < best.seconds()) {
                best = measurement;
            }
        }
        return best;
    }

    private static Measurement fork(WorkbookCase writer, int rows, String maxHeap, Path directory)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, maxHeap, "-cp", System.getProperty("java.class.path"),
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                ForkedRun.class.getName(), writer.name(), Integer.toString(rows), directory.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(ForkedRun.RESULT)) {
                    result = line;
                }
            }
        }
        Measurement measurement;
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            measurement = Measurement.failed(rows, writer, maxHeap, "timeout");
        } else if (result == null) {
            measurement = Measurement.failed(rows, writer, maxHeap, "failed (exit " + process.exitValue() + ")");
        } else {
            measurement = Measurement.parse(rows, writer, maxHeap, result);
        }
        System.err.println(measurement.tableRow());
        return measurement;
    }

    private static void print(List<Measurement> results) {
        System.out.printf(Locale.ROOT, "%nJava %s (%s), %d processors%n%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors());
        System.out.println("| rows | writer | -Xmx | seconds | peak heap used MB | live heap MB | file MB |");
        System.out.println("| ---: | --- | --- | ---: | ---: | ---: | ---: |");
        results.forEach(result -> System.out.println(result.tableRow()));
        double ours = seconds(results, WorkbookCase.FOLLOW_UP);
        double fastexcel = seconds(results, WorkbookCase.FASTEXCEL);
        double xssf = seconds(results, WorkbookCase.XSSF);
        if (ours > 0) {
            System.out.printf(Locale.ROOT, "%nAt %,d rows: ours / fastexcel = %.2f (target ≤ 1.5), "
                    + "XSSF / ours = %.1f (target ≥ 5)%n", COMPARED_SIZE, fastexcel > 0 ? ours / fastexcel : 0,
                    xssf > 0 ? xssf / ours : 0);
        }
    }

    private static double seconds(List<Measurement> results, WorkbookCase writer) {
        return results.stream().filter(r -> r.rows() == COMPARED_SIZE && r.writer() == writer
                        && r.maxHeap().equals(HEAP) && r.failure() == null)
                .mapToDouble(Measurement::seconds).findFirst().orElse(0);
    }
}
