package se.sodertorn.governance.ejb.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.meeting.ChairRotation;
import se.sodertorn.governance.domain.meeting.ChairRotationRepository;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRepository;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.organisation.MunicipalityRepository;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.organisation.PersonRepository;

/**
 * Carries the demo register from 2023 into the current year: Nykvarn's and Nynäshamn's seats in LG are filled
 * again (by demo persons named by office), Botkyrka's and Salem's executive-board chairs stay in SSK after their
 * year as its chair and vice chair, and SSK's chair and vice chair of the year follow the rotation.
 */
@ApplicationScoped
class DemoYearMembers {

    private static final LocalDate START_OF_2023 = LocalDate.of(2023, 1, 1);
    private static final LocalDate START_OF_2024 = LocalDate.of(2024, 1, 1);

    @Inject
    private MembershipRepository memberships;
    @Inject
    private MunicipalityRepository municipalities;
    @Inject
    private PersonRepository persons;
    @Inject
    private ChairRotationRepository rotations;

    void carryInto(int year, Body lg, Body ssk) {
        for (String name : List.of("Nykvarn", "Nynäshamn")) {
            Municipality municipality = municipality(name);
            Person director = new Person("Kommundirektör", name);
            director.setTitle("Kommundirektör (demoperson)");
            director.setMunicipality(municipality);
            director.setEmail(DemoRegister.demoEmail(director));
            persons.save(director);
            memberships.save(new Membership(director, lg, MembershipRole.MEMBER, municipality, START_OF_2023));
        }
        for (String code : List.of("0127", "0128")) {
            committeeMember(ssk, code, LocalDate.of(2023, 12, 31)).ifPresent(person -> memberships.save(
                    new Membership(person, ssk, MembershipRole.MEMBER, person.getMunicipality(), START_OF_2024)));
        }
        ChairRotation rotation = rotations.ofBody(ssk.getId()).orElse(null);
        if (rotation != null && year > START_OF_2024.getYear()) {
            takeSeat(ssk, rotation.chairIn(year), MembershipRole.CHAIR, year);
            takeSeat(ssk, rotation.viceChairIn(year), MembershipRole.VICE_CHAIR, year);
        }
    }

    /** The municipality's SSK member moves to the role for the year and back to an ordinary seat after it. */
    private void takeSeat(Body ssk, String code, MembershipRole role, int year) {
        LocalDate lastDayBefore = LocalDate.of(year - 1, 12, 31);
        committeeMember(ssk, code, LocalDate.of(year, 1, 1)).ifPresent(person -> {
            Membership seat = memberships.activeOn(ssk.getId(), LocalDate.of(year, 1, 1)).stream()
                    .filter(m -> m.getPerson().equals(person)).findFirst().orElseThrow();
            seat.end(lastDayBefore);
            memberships.save(seat);
            Membership held = new Membership(person, ssk, role, person.getMunicipality(), lastDayBefore.plusDays(1));
            held.end(LocalDate.of(year, 12, 31));
            memberships.save(held);
            memberships.save(new Membership(person, ssk, MembershipRole.MEMBER, person.getMunicipality(),
                    LocalDate.of(year + 1, 1, 1)));
        });
    }

    /** The SSK member for the municipality with the given code, as on the given day. */
    private Optional<Person> committeeMember(Body ssk, String code, LocalDate day) {
        return memberships.activeOn(ssk.getId(), day).stream().map(Membership::getPerson)
                .filter(p -> p.getMunicipality() != null && code.equals(p.getMunicipality().getCode())).findFirst();
    }

    private Municipality municipality(String name) {
        return municipalities.listByName().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
