package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.ConcurrentChangeException;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.organisation.MembershipService;

/** Memberships through the real service, transactions, database and security of the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
class MembershipServiceIT {

    private static final LocalDate JAN_1 = LocalDate.of(2023, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2023, 12, 31);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(MembershipServiceIT.class);
    }

    @EJB
    private MembershipService memberships;
    @Inject
    private Callers callers;
    @Inject
    private RegisterFixtures fixtures;

    private Membership seat(Body body, Person person, MembershipRole role, LocalDate from, LocalDate to) {
        Membership membership = Membership.blankIn(body, from);
        membership.setPerson(person);
        membership.setRole(role);
        membership.setValidTo(to);
        membership.setMunicipality(fixtures.municipality("Salem"));
        return membership;
    }

    @Test
    void theSecretariatSeatsAPersonWhoThenSitsOnlyDuringTheTerm() throws Exception {
        Membership saved = callers.asSecretariat(() -> {
            Body body = fixtures.newNetwork();
            return memberships.save(seat(body, fixtures.newPerson(), MembershipRole.MEMBER, JAN_1, null));
        });
        long bodyId = saved.getBody().getId();

        callers.asSecretariat(() -> memberships.end(saved.getId(), LocalDate.of(2023, 6, 30), saved.getVersion()));

        List<Membership> inJune = callers.asMember(() -> memberships.sittingOn(bodyId, LocalDate.of(2023, 6, 30)));
        List<Membership> inJuly = callers.asMember(() -> memberships.sittingOn(bodyId, LocalDate.of(2023, 7, 1)));
        assertEquals(1, inJune.size());
        assertEquals("Salem", inJune.get(0).getMunicipality().getName());
        assertTrue(inJuly.isEmpty());
        assertEquals(1, callers.asDirector(() -> memberships.membersOf(bodyId, PageRequest.of(0, 20))).total());
    }

    @Test
    void aSecondChairForTheSameDaysIsRefusedAndNothingIsStored() throws Exception {
        Body body = callers.asSecretariat(fixtures::newNetwork);
        callers.asSecretariat(() -> memberships.save(seat(body, fixtures.newPerson(), MembershipRole.CHAIR, JAN_1, DEC_31)));

        GovernanceException refused = assertThrows(GovernanceException.class, () -> callers.asSecretariat(() ->
                memberships.save(seat(body, fixtures.newPerson(), MembershipRole.CHAIR, LocalDate.of(2023, 12, 1), null))));

        assertEquals("membership.roleTaken", refused.getMessageKey());
        assertEquals(1, callers.asSecretariat(() -> memberships.membersOf(body.getId(), PageRequest.of(0, 20))).total());
        Membership nextYear = callers.asSecretariat(() -> memberships.save(
                seat(body, fixtures.newPerson(), MembershipRole.CHAIR, DEC_31.plusDays(1), null)));
        assertNotNull(nextYear.getId());
    }

    @Test
    void aPersonCannotHoldTwoOverlappingSeatsInOneBody() throws Exception {
        Body body = callers.asSecretariat(fixtures::newNetwork);
        Person person = callers.asSecretariat(fixtures::newPerson);
        callers.asSecretariat(() -> memberships.save(seat(body, person, MembershipRole.MEMBER, JAN_1, null)));

        GovernanceException refused = assertThrows(GovernanceException.class, () -> callers.asSecretariat(() ->
                memberships.save(seat(body, person, MembershipRole.VICE_CHAIR, LocalDate.of(2024, 1, 1), null))));
        assertEquals("membership.personAlreadySeated", refused.getMessageKey());
    }

    @Test
    void aStaleEditIsRefusedAsAConflict() throws Exception {
        Membership original = callers.asSecretariat(() -> memberships.save(
                seat(fixtures.newNetwork(), fixtures.newPerson(), MembershipRole.MEMBER, JAN_1, null)));
        Membership firstEditor = callers.asSecretariat(() -> memberships.find(original.getId()));
        Membership secondEditor = callers.asSecretariat(() -> memberships.find(original.getId()));

        firstEditor.setRole(MembershipRole.SECRETARY);
        callers.asSecretariat(() -> memberships.save(firstEditor));
        secondEditor.setValidTo(DEC_31);

        assertThrows(ConcurrentChangeException.class, () -> callers.asSecretariat(() -> memberships.save(secondEditor)));
        assertThrows(ConcurrentChangeException.class, () -> callers.asSecretariat(() ->
                memberships.end(original.getId(), DEC_31, original.getVersion())));
        Membership stored = callers.asSecretariat(() -> memberships.find(original.getId()));
        assertEquals(MembershipRole.SECRETARY, stored.getRole());
        assertEquals(null, stored.getValidTo());
    }

    @Test
    void aTermEndingBeforeItStartsIsInvalid() throws Exception {
        Membership backwards = callers.asSecretariat(() ->
                seat(fixtures.newNetwork(), fixtures.newPerson(), MembershipRole.MEMBER, JAN_1, JAN_1.minusDays(1)));

        Exception refused = assertThrows(Exception.class, () -> callers.asSecretariat(() -> memberships.save(backwards)));
        assertTrue(causedBy(refused, ConstraintViolationException.class), refused::toString);
        assertEquals(0, callers.asSecretariat(() ->
                memberships.membersOf(backwards.getBody().getId(), PageRequest.of(0, 20))).total());
    }

    @Test
    void membersAndDirectorsCannotWriteAndAnonymousCallersCannotRead() throws Exception {
        Membership draft = callers.asSecretariat(() ->
                seat(fixtures.newNetwork(), fixtures.newPerson(), MembershipRole.MEMBER, JAN_1, null));

        assertThrows(EJBAccessException.class, () -> callers.asMember(() -> memberships.save(draft)));
        assertThrows(EJBAccessException.class, () -> callers.asDirector(() -> memberships.save(draft)));
        assertThrows(EJBAccessException.class, () -> memberships.sittingOn(draft.getBody().getId(), JAN_1));
        assertFalse(callers.asSecretariat(() ->
                memberships.membersOf(draft.getBody().getId(), PageRequest.of(0, 20))).total() > 0);
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
