package se.sodertorn.governance.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.ejb.organisation.PersonService;

/** Turns a person picked in an autocomplete (or typed by full name) into its id and back. */
@Named
@ApplicationScoped
public class PersonConverter extends IdConverter<Person> {

    @EJB
    private PersonService persons;

    @Override
    protected Person find(long id) {
        return persons.find(id);
    }

    @Override
    protected Person byLabel(String text) {
        List<Person> named = persons.suggest(text).stream()
                .filter(person -> person.getFullName().equalsIgnoreCase(text)).toList();
        return named.size() == 1 ? named.get(0) : null;
    }
}
