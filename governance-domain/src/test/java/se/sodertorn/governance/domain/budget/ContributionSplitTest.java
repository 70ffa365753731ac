package se.sodertorn.governance.domain.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ContributionSplitTest {

    /** The eight municipalities' populations at the end of 2022 (rounded), as in the demo data. */
    private static final Map<String, Long> SODERTORN = new LinkedHashMap<>();

    static {
        SODERTORN.put("Botkyrka", 95_600L);
        SODERTORN.put("Haninge", 96_600L);
        SODERTORN.put("Huddinge", 113_000L);
        SODERTORN.put("Nykvarn", 11_700L);
        SODERTORN.put("Nynäshamn", 29_100L);
        SODERTORN.put("Salem", 17_500L);
        SODERTORN.put("Södertälje", 101_000L);
        SODERTORN.put("Tyresö", 48_900L);
    }

    private static long sum(Map<String, Long> shares) {
        return shares.values().stream().mapToLong(Long::longValue).sum();
    }

    @ParameterizedTest
    @EnumSource(ContributionRule.class)
    void everyRuleAddsUpExactlyToAwkwardTotals(ContributionRule rule) {
        for (long total : new long[] {0, 1, 7, 999_999, 1_000_001, 3_333_333, 7_654_321_987L}) {
            Map<String, Long> shares = ContributionSplit.split(total, rule, new BigDecimal("33.3"), SODERTORN);
            assertEquals(total, sum(shares), rule + " " + total);
            assertTrue(shares.values().stream().allMatch(kronor -> kronor >= 0));
        }
    }

    @Test
    void randomPopulationsAndTotalsAlwaysAddUpAndStayWithinAKronaOfTheExactShare() {
        Random random = new Random(20231);
        for (int round = 0; round < 500; round++) {
            Map<String, Long> populations = new LinkedHashMap<>();
            int members = 1 + random.nextInt(12);
            for (int i = 0; i < members; i++) {
                populations.put("m" + i, 1L + random.nextInt(200_000));
            }
            long total = random.nextInt(50_000_000);
            long people = populations.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Long> shares = ContributionSplit.split(total, ContributionRule.POPULATION, null, populations);
            assertEquals(total, sum(shares));
            for (Map.Entry<String, Long> share : shares.entrySet()) {
                double exact = (double) total * populations.get(share.getKey()) / people;
                assertTrue(Math.abs(share.getValue() - exact) < 1.0, share + " vs " + exact);
            }
        }
    }

    @Test
    void equalSharesDifferByAtMostOneKronaAndTheExtraKronorGoFirst() {
        Map<String, Long> shares = ContributionSplit.split(1_000_003, ContributionRule.EQUAL, null, SODERTORN);
        assertEquals(125_001L, shares.get("Botkyrka"));
        assertEquals(125_001L, shares.get("Haninge"));
        assertEquals(125_001L, shares.get("Huddinge"));
        assertEquals(125_000L, shares.get("Nykvarn"));
        assertEquals(1_000_003L, sum(shares));
    }

    @Test
    void populationSharesFollowThePopulation() {
        Map<String, Long> shares = ContributionSplit.split(5_134_000, ContributionRule.POPULATION, null, SODERTORN);
        // 5 134 000 kr over 513 400 inhabitants is exactly 10 kr each
        assertEquals(956_000L, shares.get("Botkyrka"));
        assertEquals(1_130_000L, shares.get("Huddinge"));
        assertEquals(117_000L, shares.get("Nykvarn"));
    }

    @Test
    void aFixedPartIsSplitEquallyAndTheRestByPopulation() {
        Map<String, Long> populations = new LinkedHashMap<>();
        populations.put("stor", 300L);
        populations.put("liten", 100L);
        Map<String, Long> shares = ContributionSplit.split(1_000, ContributionRule.FIXED_PLUS_POPULATION,
                new BigDecimal("40"), populations);
        // fixed 400 kr: 200 each; variable 600 kr: 450 and 150
        assertEquals(650L, shares.get("stor"));
        assertEquals(350L, shares.get("liten"));
        assertEquals(shares, ContributionSplit.split(1_000, ContributionRule.FIXED_PLUS_POPULATION,
                new BigDecimal("40.000"), populations));
    }

    @Test
    void aHundredPercentFixedIsEqualAndZeroFixedIsByPopulation() {
        assertEquals(ContributionSplit.split(987_654, ContributionRule.EQUAL, null, SODERTORN),
                ContributionSplit.split(987_654, ContributionRule.FIXED_PLUS_POPULATION, new BigDecimal("100"), SODERTORN));
        assertEquals(ContributionSplit.split(987_654, ContributionRule.POPULATION, null, SODERTORN),
                ContributionSplit.split(987_654, ContributionRule.FIXED_PLUS_POPULATION, BigDecimal.ZERO, SODERTORN));
    }

    @Test
    void tiesInTheRemainderGoToTheLargerPopulationThenToTheEarlierMember() {
        Map<String, Long> unequal = new LinkedHashMap<>();
        unequal.put("liten", 1L);
        unequal.put("stor", 3L);
        // 2 kr over weights 1:3: exact 0.5 and 1.5, equal remainders; the leftover krona goes to the larger
        assertEquals(Map.of("liten", 0L, "stor", 2L), ContributionSplit.split(2, ContributionRule.POPULATION, null, unequal));

        Map<String, Long> equal = new LinkedHashMap<>();
        equal.put("första", 1L);
        equal.put("andra", 1L);
        equal.put("tredje", 2L);
        // 2 kr over 1:1:2: exact 0.5, 0.5, 1; the tie between equals goes to the one listed first
        assertEquals(Map.of("första", 1L, "andra", 0L, "tredje", 1L),
                ContributionSplit.split(2, ContributionRule.POPULATION, null, equal));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ContributionSplit.split(-1, ContributionRule.EQUAL, null, SODERTORN));
        assertThrows(IllegalArgumentException.class, () -> ContributionSplit.split(10, ContributionRule.EQUAL, null, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> ContributionSplit.split(10, ContributionRule.POPULATION, null,
                Map.of("tom", 0L)));
        assertThrows(IllegalArgumentException.class, () -> ContributionSplit.split(10,
                ContributionRule.FIXED_PLUS_POPULATION, new BigDecimal("101"), SODERTORN));
    }
}
