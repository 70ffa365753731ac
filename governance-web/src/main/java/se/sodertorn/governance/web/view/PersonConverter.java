package se.sodertorn.governance.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Named;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.ejb.organisation.PersonService;

/** Turns a person picked in an autocomplete into its id and back. */
@Named
@ApplicationScoped
public class PersonConverter implements Converter<Person> {

    @EJB
    private PersonService persons;

    @Override
    public Person getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return persons.find(Long.parseLong(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Person person) {
        return person == null || person.getId() == null ? "" : person.getId().toString();
    }
}
