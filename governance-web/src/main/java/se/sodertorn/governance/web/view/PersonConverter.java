package se.sodertorn.governance.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.ejb.organisation.PersonService;

/** Turns a person picked in an autocomplete into its id and back. */
@Named
@ApplicationScoped
public class PersonConverter extends IdConverter<Person> {

    @EJB
    private PersonService persons;

    @Override
    protected Person find(long id) {
        return persons.find(id);
    }
}
