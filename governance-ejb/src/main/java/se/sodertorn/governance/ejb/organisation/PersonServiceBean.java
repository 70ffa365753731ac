package se.sodertorn.governance.ejb.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.organisation.PersonRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Default {@link PersonService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class PersonServiceBean implements PersonService {

    private static final int SUGGESTIONS = 20;

    @Inject
    private PersonRepository persons;

    @Override
    public Page<Person> page(PageRequest request) {
        return persons.page(request);
    }

    @Override
    public List<Person> suggest(String text) {
        return persons.suggest(text, SUGGESTIONS);
    }

    @Override
    public Person find(long id) {
        return persons.find(id).orElseThrow(() -> new NotFoundException("person", id));
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public Person save(Person person) {
        return persons.save(person);
    }
}
