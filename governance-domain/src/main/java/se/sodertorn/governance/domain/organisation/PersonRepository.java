package se.sodertorn.governance.domain.organisation;

import java.util.List;
import java.util.Optional;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;

/** Stored persons. */
public interface PersonRepository {

    Optional<Person> find(long id);

    Page<Person> page(PageRequest request);

    /** At most {@code limit} persons whose name contains the text, for pickers. */
    List<Person> suggest(String text, int limit);

    Person save(Person person);
}
