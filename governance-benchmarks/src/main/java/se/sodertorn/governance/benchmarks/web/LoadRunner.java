package se.sodertorn.governance.benchmarks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives one case with every client in its own thread, each sending its next request as soon as the last one was
 * answered: first a warm-up whose requests are not counted, then the measured time. A request counts if it
 * started within the measured time and was answered as expected; the measured seconds run until the last of them
 * was answered.
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
        AtomicLong lastAnswer = new AtomicLong();
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
                        if (now >= measuredFrom) {
                            if (ok) {
                                mine.add((answered - now) / 1e6);
                            } else {
                                failures.incrementAndGet();
                            }
                            lastAnswer.accumulateAndGet(answered, Math::max);
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
        double[] all = latencies.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
        double measured = lastAnswer.get() == 0 ? seconds : (lastAnswer.get() - warmEnd.get()) / 1e9;
        return new Measurement(all, measured, failures.get());
    }
}
