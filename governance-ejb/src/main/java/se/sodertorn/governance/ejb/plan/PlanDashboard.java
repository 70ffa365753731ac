package se.sodertorn.governance.ejb.plan;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.plan.ActivityStatus;

/**
 * A plan at a glance, per focus area: activities by status, the share done, budget and outcome.
 *
 * @param areas one line per focus area of the plan, in the programme's order, with zeros where nothing is planned
 */
public record PlanDashboard(List<Area> areas) {

    public PlanDashboard {
        areas = List.copyOf(areas);
    }

    /** One focus area's figures. */
    public record Area(long focusAreaId, String name, Map<ActivityStatus, Long> counts, BigDecimal budget,
            BigDecimal outcome) {

        public Area {
            counts = counts.isEmpty() ? new EnumMap<>(ActivityStatus.class) : new EnumMap<>(counts);
        }

        public long count(ActivityStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Done activities as a whole percentage of all, 0 when there are none. */
        public int percentDone() {
            long total = total();
            return total == 0 ? 0 : (int) Math.round(100.0 * count(ActivityStatus.DONE) / total);
        }
    }

    public BigDecimal totalBudget() {
        return areas.stream().map(Area::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalOutcome() {
        return areas.stream().map(Area::outcome).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long total(ActivityStatus status) {
        return areas.stream().mapToLong(area -> area.count(status)).sum();
    }

    public long total() {
        return areas.stream().mapToLong(Area::total).sum();
    }
}
