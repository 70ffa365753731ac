package se.sodertorn.governance.ejb.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyKind;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRepository;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.organisation.MunicipalityRepository;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.organisation.PersonRepository;

/**
 * The register as the management group's minutes of 2 December 2022 describe it: the eight municipalities
 * (populations at the end of 2022, rounded), LG with the directors named there, the new SSK for 2023 with
 * Botkyrka in the chair and Salem as vice chair, the networks and the external bodies.
 */
@ApplicationScoped
public class DemoRegister {

    static final LocalDate END_OF_2022 = LocalDate.of(2022, 12, 31);
    private static final LocalDate START_OF_2022 = LocalDate.of(2022, 1, 1);
    private static final LocalDate START_OF_2023 = LocalDate.of(2023, 1, 1);
    private static final String SECRETARIAT = "Södertörnskommunerna";

    @Inject
    private MunicipalityRepository municipalities;
    @Inject
    private BodyRepository bodies;
    @Inject
    private PersonRepository persons;
    @Inject
    private MembershipRepository memberships;

    private final Map<String, Municipality> byName = new HashMap<>();

    /** Whether the register has been loaded before. */
    public boolean isLoaded() {
        return bodies.findByShortName("LG").isPresent();
    }

    /**
     * Loads the register; returns the people the demo accounts belong to: the secretariat's coordinator, the LG
     * chair (director) and the adjuster of the 2 December 2022 minutes (member).
     */
    public Map<String, Person> load() {
        municipality("0127", "Botkyrka", 95_600);
        municipality("0136", "Haninge", 96_600);
        municipality("0126", "Huddinge", 113_000);
        municipality("0140", "Nykvarn", 11_700);
        municipality("0192", "Nynäshamn", 29_100);
        municipality("0128", "Salem", 17_500);
        municipality("0181", "Södertälje", 101_000);
        municipality("0138", "Tyresö", 48_900);

        Body lg = body("LG", "Ledningsgruppen", BodyKind.MANAGEMENT_GROUP,
                "Kommundirektörerna i de åtta kommunerna. Bereder ärenden och rekommenderar Samarbetskommittén.");
        lg.setFormalName("Södertörnskommunernas ledningsgrupp");
        bodies.save(lg);
        Body ssk = body("SSK", "Samarbetskommittén", BodyKind.COOPERATION_COMMITTEE,
                "Kommunstyrelsernas ordförande. Beslutar; ordförandeskapet roterar årligen.");
        ssk.setFormalName("Södertörnskommunernas samarbetskommitté");
        bodies.save(ssk);
        body("KLIMAT", "Klimatnätverket", BodyKind.NETWORK, "Klimatstrateger. Driver bland annat samverkan BioDrivÖst.");
        body("PLAN", "Planeringschefer", BodyKind.NETWORK, "Fokusområde Infrastruktur.");
        body("NARING", "Näringslivschefer", BodyKind.NETWORK, "Fokusområde Näringsliv och högskola.");
        body("YH", "YH-nätverket", BodyKind.NETWORK, "Yrkeshögskoleutbildningar på Södertörn.");
        body("ETABL", "Etablering Södertörn", BodyKind.NETWORK, "Fokusområde Olikhet och mångfald.");
        body("STORSTHLM", "StorSthlm", BodyKind.EXTERNAL, "Kommunerna i Stockholms läns intresseorganisation.");
        body("MALARTINGET", "Mälartinget", BodyKind.EXTERNAL, "Regional församling.");
        body("REGION", "Region Stockholm", BodyKind.EXTERNAL, "Regionen; ansvarar för den regionala utvecklingsplanen RUFS.");

        Person gyllestad = director(lg, "Magnus", "Gyllestad", "Haninge", MembershipRole.CHAIR, null);
        Person broo = director(lg, "Camilla", "Broo", "Huddinge", MembershipRole.MEMBER, null);
        director(lg, "Frida", "Nilsson", "Nykvarn", MembershipRole.MEMBER, END_OF_2022);
        director(lg, "Petra", "Kålbäck", "Nynäshamn", MembershipRole.MEMBER, END_OF_2022);
        director(lg, "Stefan", "Hollmark", "Södertälje", MembershipRole.MEMBER, null);
        director(lg, "Leif", "Eriksson", "Botkyrka", MembershipRole.MEMBER, null);
        director(lg, "Mats", "Bergström", "Salem", MembershipRole.MEMBER, null);
        director(lg, "Cynthia", "Runefjärd", "Tyresö", MembershipRole.MEMBER, null);

        Person olofsson = new Person("Helene", "Olofsson");
        olofsson.setTitle("Samordnare");
        olofsson.setOrganisation(SECRETARIAT);
        olofsson.setEmail(demoEmail(olofsson));
        persons.save(olofsson);
        memberships.save(new Membership(olofsson, lg, MembershipRole.SECRETARY, null, START_OF_2022));
        memberships.save(new Membership(olofsson, ssk, MembershipRole.SECRETARY, null, START_OF_2022));

        for (Municipality municipality : byName.values()) {
            committeeMember(ssk, municipality);
        }
        return Map.of("secretariat", olofsson, "director", gyllestad, "member", broo);
    }

    private void municipality(String code, String name, int population) {
        byName.put(name, municipalities.save(new Municipality(code, name, population, END_OF_2022)));
    }

    /** An address in a reserved demo domain, so that invitations from a demo never reach anyone. */
    static String demoEmail(Person person) {
        String local = Normalizer.normalize(person.getFirstName() + "." + person.getLastName(),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace(' ', '.').toLowerCase(Locale.ROOT);
        return local + "@demo.example";
    }

    private Body body(String shortName, String name, BodyKind kind, String description) {
        Body body = new Body(shortName, name, kind);
        body.setDescription(description);
        return bodies.save(body);
    }

    private Person director(Body lg, String first, String last, String municipalityName, MembershipRole role,
            LocalDate lastDay) {
        Municipality municipality = byName.get(municipalityName);
        Person person = new Person(first, last);
        person.setTitle("Kommundirektör");
        person.setMunicipality(municipality);
        person.setEmail(demoEmail(person));
        persons.save(person);
        Membership membership = new Membership(person, lg, role, municipality, START_OF_2022);
        if (lastDay != null) {
            membership.end(lastDay);
        }
        memberships.save(membership);
        return person;
    }

    /**
     * SSK's members are the chairs of each municipality's executive board; the minutes do not name them, so the
     * demo person is named by office. Botkyrka chairs and Salem vice-chairs SSK in 2023.
     */
    private void committeeMember(Body ssk, Municipality municipality) {
        Person chair = new Person("KSO", municipality.getName());
        chair.setTitle("Kommunstyrelsens ordförande (demoperson)");
        chair.setMunicipality(municipality);
        chair.setEmail(demoEmail(chair));
        persons.save(chair);
        MembershipRole role = switch (municipality.getName()) {
            case "Botkyrka" -> MembershipRole.CHAIR;
            case "Salem" -> MembershipRole.VICE_CHAIR;
            default -> MembershipRole.MEMBER;
        };
        Membership membership = new Membership(chair, ssk, role, municipality, START_OF_2023);
        if (role.isSingleHolder()) {
            membership.end(LocalDate.of(2023, 12, 31));
        }
        memberships.save(membership);
    }
}
