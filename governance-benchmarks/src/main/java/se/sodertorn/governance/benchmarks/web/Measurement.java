package se.sodertorn.governance.benchmarks.web;

import java.util.Arrays;

/** Latencies (ms) of the successful requests of one or more measured runs, their total time and the failures. */
record Measurement(double[] latenciesMs, double seconds, int failures) {

    static final Measurement NONE = new Measurement(new double[0], 0, 0);

    Measurement plus(Measurement other) {
        double[] all = Arrays.copyOf(latenciesMs, latenciesMs.length + other.latenciesMs.length);
        System.arraycopy(other.latenciesMs, 0, all, latenciesMs.length, other.latenciesMs.length);
        return new Measurement(all, seconds + other.seconds, failures + other.failures);
    }

    double perSecond() {
        return seconds == 0 ? 0 : latenciesMs.length / seconds;
    }

    double percentile(double p) {
        if (latenciesMs.length == 0) {
            return Double.NaN;
        }
        double[] sorted = latenciesMs.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
