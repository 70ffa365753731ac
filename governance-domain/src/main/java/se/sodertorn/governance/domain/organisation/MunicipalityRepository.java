package se.sodertorn.governance.domain.organisation;

import java.util.List;
import java.util.Optional;

/** Stored municipalities. A cooperation has a handful, so listing them all is fine. */
public interface MunicipalityRepository {

    Optional<Municipality> find(long id);

    Optional<Municipality> findByCode(String code);

    /** All municipalities by name; bounded by the size of a cooperation, not by a table. */
    List<Municipality> listByName();

    Municipality save(Municipality municipality);
}
