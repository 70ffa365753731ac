package se.sodertorn.governance.domain.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a total in whole kronor among members by weight so that the shares add up exactly to the total:
 * each member first gets the whole kronor of its exact share, and the kronor left over go one each to the
 * members with the largest remainders (the largest-remainder method; ties go to the larger weight, then to
 * the earlier member). Exact arithmetic throughout: no floating point.
 */
public final class ContributionSplit {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ContributionSplit() {
    }

    /**
     * The contribution of each member under the rule.
     *
     * @param total        whole kronor to raise, zero or more
     * @param rule         how to split
     * @param fixedPercent with {@link ContributionRule#FIXED_PLUS_POPULATION}: the percentage (0–100) of the
     *                     total split equally; ignored otherwise
     * @param populations  each member's population, in the order members are listed; all positive for the
     *                     population rules
     */
    public static <K> Map<K, Long> split(long total, ContributionRule rule, BigDecimal fixedPercent,
            Map<K, Long> populations) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative");
        }
        if (populations.isEmpty()) {
            throw new IllegalArgumentException("no members to split among");
        }
        return switch (rule) {
            case EQUAL -> byWeight(total, equalWeights(populations));
            case POPULATION -> byWeight(total, checked(populations));
            case FIXED_PLUS_POPULATION -> fixedPlusPopulation(total, fixedPercent, checked(populations));
        };
    }

    private static <K> Map<K, Long> fixedPlusPopulation(long total, BigDecimal fixedPercent, Map<K, Long> populations) {
        if (fixedPercent == null || fixedPercent.signum() < 0 || fixedPercent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("fixed part must be 0–100 %");
        }
        BigInteger members = BigInteger.valueOf(populations.size());
        BigInteger people = BigInteger.valueOf(populations.values().stream().mapToLong(Long::longValue).sum());
        // weight = fixed% * people + variable% * population * members, all scaled to whole numbers:
        // its share of the sum is fixed%/100 / members + variable%/100 * population / people
        int scale = Math.max(fixedPercent.stripTrailingZeros().scale(), 0);
        BigInteger fixed = fixedPercent.movePointRight(scale).toBigIntegerExact();
        BigInteger variable = HUNDRED.movePointRight(scale).toBigIntegerExact().subtract(fixed);
        Map<K, BigInteger> weights = new LinkedHashMap<>();
        for (Map.Entry<K, Long> member : populations.entrySet()) {
            weights.put(member.getKey(), fixed.multiply(people)
                    .add(variable.multiply(BigInteger.valueOf(member.getValue())).multiply(members)));
        }
        return byBigWeight(total, weights);
    }

    private static <K> Map<K, Long> checked(Map<K, Long> populations) {
        populations.forEach((member, population) -> {
            if (population == null || population <= 0) {
                throw new IllegalArgumentException("population of " + member + " must be positive");
            }
        });
        return populations;
    }

    private static <K> Map<K, Long> equalWeights(Map<K, Long> members) {
        Map<K, Long> weights = new LinkedHashMap<>();
        members.keySet().forEach(member -> weights.put(member, 1L));
        return weights;
    }

    private static <K> Map<K, Long> byWeight(long total, Map<K, Long> weights) {
        Map<K, BigInteger> big = new LinkedHashMap<>();
        weights.forEach((member, weight) -> big.put(member, BigInteger.valueOf(weight)));
        return byBigWeight(total, big);
    }

    private static <K> Map<K, Long> byBigWeight(long total, Map<K, BigInteger> weights) {
        BigInteger sum = weights.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (sum.signum() <= 0) {
            throw new IllegalArgumentException("the weights must add up to more than zero");
        }
        BigInteger amount = BigInteger.valueOf(total);
        List<Share<K>> shares = new ArrayList<>();
        int order = 0;
        long given = 0;
        for (Map.Entry<K, BigInteger> member : weights.entrySet()) {
            BigInteger[] division = amount.multiply(member.getValue()).divideAndRemainder(sum);
            shares.add(new Share<>(member.getKey(), member.getValue(), division[0].longValueExact(), division[1], order++));
            given += division[0].longValueExact();
        }
        long leftOver = total - given;
        shares.stream()
                .sorted(Comparator.<Share<K>, BigInteger>comparing(Share::remainder).reversed()
                        .thenComparing(Comparator.<Share<K>, BigInteger>comparing(Share::weight).reversed())
                        .thenComparingInt(Share::order))
                .limit(leftOver)
                .forEach(Share::addOne);
        Map<K, Long> result = new LinkedHashMap<>();
        shares.forEach(share -> result.put(share.member, share.kronor));
        return result;
    }

    /** One member's share while it is computed. */
    private static final class Share<K> {
        private final K member;
        private final BigInteger weight;
        private final BigInteger remainder;
        private final int order;
        private long kronor;

        Share(K member, BigInteger weight, long kronor, BigInteger remainder, int order) {
            this.member = member;
            this.weight = weight;
            this.kronor = kronor;
            this.remainder = remainder;
            this.order = order;
        }

        BigInteger weight() {
            return weight;
        }

        BigInteger remainder() {
            return remainder;
        }

        int order() {
            return order;
        }

        void addOne() {
            kronor++;
        }
    }
}
