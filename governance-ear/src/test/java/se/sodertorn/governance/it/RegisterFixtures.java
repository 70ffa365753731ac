package se.sodertorn.governance.it;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.UUID;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyKind;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.ejb.organisation.BodyService;
import se.sodertorn.governance.ejb.organisation.MunicipalityService;
import se.sodertorn.governance.ejb.organisation.PersonService;

/** Fresh, uniquely named register data for one test, made through the services (call as the secretariat). */
@Dependent
public class RegisterFixtures {

    @EJB
    private BodyService bodies;
    @EJB
    private PersonService persons;
    @EJB
    private MunicipalityService municipalities;

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public Body newNetwork() {
        return bodies.save(new Body(unique("N"), unique("Nätverk "), BodyKind.NETWORK));
    }

    public Person newPerson() {
        return persons.save(new Person("Test", unique("Person-")));
    }

    public Municipality municipality(String name) {
        return municipalities.list().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
