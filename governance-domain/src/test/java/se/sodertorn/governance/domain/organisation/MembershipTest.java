package se.sodertorn.governance.domain.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.shared.GovernanceException;

class MembershipTest {

    private static final LocalDate JAN_1 = LocalDate.of(2023, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2023, 12, 31);

    private final Municipality botkyrka = new Municipality("0127", "Botkyrka", 95_600, LocalDate.of(2022, 12, 31));
    private final Body ssk = new Body("SSK", "Samarbetskommittén", BodyKind.COOPERATION_COMMITTEE);

    private Membership chairFrom(LocalDate from) {
        return new Membership(new Person("Ebba", "Östlin"), ssk, MembershipRole.CHAIR, botkyrka, from);
    }

    @Test
    void isActiveOnEveryDayOfItsTermInclusive() {
        Membership membership = chairFrom(JAN_1);
        membership.end(DEC_31);

        assertFalse(membership.isActiveOn(JAN_1.minusDays(1)));
        assertTrue(membership.isActiveOn(JAN_1));
        assertTrue(membership.isActiveOn(DEC_31));
        assertFalse(membership.isActiveOn(DEC_31.plusDays(1)));
    }

    @Test
    void openEndedTermIsActiveForever() {
        assertTrue(chairFrom(JAN_1).isActiveOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void endingBeforeTheFirstDayIsRefusedAndChangesNothing() {
        Membership membership = chairFrom(JAN_1);

        GovernanceException refused = assertThrows(GovernanceException.class, () -> membership.end(JAN_1.minusDays(1)));

        assertEquals("membership.end.beforeStart", refused.getMessageKey());
        assertEquals(null, membership.getValidTo());
    }

    @Test
    void endingOnTheFirstDayMakesAOneDayTerm() {
        Membership membership = chairFrom(JAN_1);
        membership.end(JAN_1);
        assertTrue(membership.isActiveOn(JAN_1));
        assertTrue(membership.isEnded(JAN_1.plusDays(1)));
    }

    @Test
    void anEndedTermCannotBeExtendedByEndingItLater() {
        Membership membership = chairFrom(JAN_1);
        membership.end(DEC_31);

        GovernanceException refused = assertThrows(GovernanceException.class, () -> membership.end(DEC_31.plusDays(5)));
        assertEquals("membership.end.alreadyEnded", refused.getMessageKey());
        assertEquals(DEC_31, membership.getValidTo());
    }

    @Test
    void overlapsComparesWholeDaysAndOpenEnds() {
        Membership year2023 = chairFrom(JAN_1);
        year2023.end(DEC_31);

        assertTrue(year2023.overlaps(DEC_31, null));
        assertFalse(year2023.overlaps(DEC_31.plusDays(1), null));
        assertTrue(year2023.overlaps(LocalDate.of(2022, 1, 1), JAN_1));
        assertFalse(year2023.overlaps(LocalDate.of(2022, 1, 1), JAN_1.minusDays(1)));
        assertTrue(chairFrom(JAN_1).overlaps(LocalDate.of(2030, 1, 1), null));
    }

    @Test
    void termOrderRuleFlagsALastDayBeforeTheFirst() {
        Membership membership = chairFrom(JAN_1);
        assertTrue(membership.isTermInOrder());
        membership.setValidTo(JAN_1.minusDays(1));
        assertFalse(membership.isTermInOrder());
    }

    @Test
    void onlyChairAndViceChairAreSingleHolderRoles() {
        assertTrue(MembershipRole.CHAIR.isSingleHolder());
        assertTrue(MembershipRole.VICE_CHAIR.isSingleHolder());
        assertFalse(MembershipRole.MEMBER.isSingleHolder());
        assertFalse(MembershipRole.SECRETARY.isSingleHolder());
    }
}
