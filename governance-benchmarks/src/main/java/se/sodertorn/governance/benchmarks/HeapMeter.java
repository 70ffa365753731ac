package se.sodertorn.governance.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Measures the heap from {@link #start()} on, two ways: the peak used (sum of the heap pools' peaks, garbage
 * included, so it mostly shows how far the collector let the young generation grow) and the live heap (the most
 * heap still in use right after any collection, i.e. what the writer really holds).
 */
final class HeapMeter implements NotificationListener {

    private static final double MB = 1024.0 * 1024.0;

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final Set<String> poolNames = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong maxLiveBytes = new AtomicLong();

    private HeapMeter() {
    }

    /** Collects garbage, resets the peaks and starts listening to the collections. */
    static HeapMeter start() {
        System.gc();
        HeapMeter meter = new HeapMeter();
        meter.pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        meter.maxLiveBytes.set(meter.pools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(meter, null, null);
        }
        return meter;
    }

    void stop() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(this);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    double peakUsedMb() {
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / MB;
    }

    double maxLiveMb() {
        return maxLiveBytes.get() / MB;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
        long live = after.entrySet().stream().filter(entry -> poolNames.contains(entry.getKey()))
                .mapToLong(entry -> entry.getValue().getUsed()).sum();
        maxLiveBytes.accumulateAndGet(live, Math::max);
    }
}
