package se.sodertorn.governance.benchmarks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives one case with every client in its own thread, each sending its next request as soon as the last one was
 * answered: first a warm-up, then the measured time. A request counts if its answer came within the measured
 * time (requests still open at its end are waited for, not counted) and was the expected one.
 */
final class LoadRunner {

    /** What a client does: once before the clock starts, and again and again while it runs. */
    @FunctionalInterface
    interface Step {
        /** True if the answer was the expected one. */
        boolean run(WebClient client) throws Exception;
    }

    private LoadRunner() {
    }

    static Measurement run(List<WebClient> clients, Step prepare, Step request, double warmupSeconds,
            double seconds) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(clients.size());
        AtomicLong warmEnd = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<Exception> firstProblem = new AtomicReference<>();
        List<List<Double>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (WebClient client : clients) {
            List<Double> mine = new ArrayList<>();
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                try {
                    if (!prepare.run(client)) {
                        failures.incrementAndGet();
                    }
                    if (start.await() == 0) {
                        warmEnd.set(System.nanoTime() + (long) (warmupSeconds * 1e9));
                    }
                    start.await();
                    long measuredFrom = warmEnd.get();
                    long end = measuredFrom + (long) (seconds * 1e9);
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        boolean ok;
                        try {
                            ok = request.run(client);
                        } catch (java.io.IOException e) {
                            firstProblem.compareAndSet(null, e);
                            ok = false;
                        }
                        long answered = System.nanoTime();
                        if (answered >= measuredFrom && answered <= end) {
                            if (ok) {
                                mine.add((answered - now) / 1e6);
                            } else {
                                failures.incrementAndGet();
                            }
                        }
                    }
                } catch (Exception e) {
                    firstProblem.compareAndSet(null, e);
                    failures.incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (firstProblem.get() != null) {
            System.out.println("    (problem: " + firstProblem.get() + ")");
        }
        int resent = WebClient.takeResent();
        if (resent > 0) {
            System.out.println("    (" + resent + " requests sent again: the server had closed their connection)");
        }
        double[] all = latencies.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
        return new Measurement(all, seconds, failures.get());
    }
}
