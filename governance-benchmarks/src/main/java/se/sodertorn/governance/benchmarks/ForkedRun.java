package se.sodertorn.governance.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One measurement in its own JVM: {@code ForkedRun CASE ROWS DIRECTORY}. Warms up with a small workbook, then
 * writes the real one to a file and prints one line {@code RESULT seconds peakUsedMb liveMb bytes}, or
 * {@code RESULT OOM}.
 */
public final class ForkedRun {

    static final String RESULT = "RESULT";
    static final String OOM = "OOM";
    private static final int WARM_UP_ROWS = 2_000;

    private ForkedRun() {
    }

    public static void main(String[] args) throws IOException {
        WorkbookCase workbookCase = WorkbookCase.valueOf(args[0]);
        int rows = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]).resolve(workbookCase.name().toLowerCase(Locale.ROOT) + "-" + rows + ".xlsx");
        write(workbookCase, new SyntheticPlan(WARM_UP_ROWS), file);
        SyntheticPlan plan = new SyntheticPlan(rows);
        HeapMeter meter = HeapMeter.start();
        long start = System.nanoTime();
        try {
            write(workbookCase, plan, file);
        } catch (OutOfMemoryError e) {
            Files.deleteIfExists(file);
            System.out.println(RESULT + " " + OOM);
            return;
        } finally {
            meter.stop();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = Files.size(file);
        Files.delete(file);
        System.out.printf(Locale.ROOT, "%s %.2f %.1f %.1f %d%n", RESULT, seconds, meter.peakUsedMb(),
                meter.maxLiveMb(), bytes);
    }

    private static void write(WorkbookCase workbookCase, SyntheticPlan plan, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            workbookCase.write(plan, out);
        }
    }
}
