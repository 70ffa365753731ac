package se.sodertorn.governance.ejb.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** The persons of the register: everyone reads, the secretariat keeps them. */
public interface PersonService {

    Page<Person> page(@NotNull PageRequest request);

    /** Up to 20 persons whose name contains the text, for pickers. */
    List<Person> suggest(String text);

    Person find(long id);

    Person save(@NotNull @Valid Person person);
}
