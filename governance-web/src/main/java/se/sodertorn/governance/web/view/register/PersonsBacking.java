package se.sodertorn.governance.web.view.register;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.ejb.organisation.PersonService;
import se.sodertorn.governance.web.faces.PagedLazyModel;
import se.sodertorn.governance.web.view.Feedback;

/** {@code /register/persons.xhtml}: the persons, paged and searchable; the secretariat edits them in a dialog. */
@Named
@ViewScoped
public class PersonsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PersonService persons;

    private final PagedLazyModel<Person> model = new PagedLazyModel<>(request -> persons.page(request));
    private Person selected;

    public void add() {
        selected = Person.blank();
    }

    public void edit(long id) {
        selected = persons.find(id);
    }

    public void save() {
        Person saved = persons.save(selected);
        model.refresh();
        Feedback.saved(saved.getFullName());
    }

    public PagedLazyModel<Person> getModel() {
        return model;
    }

    public Person getSelected() {
        return selected;
    }
}
