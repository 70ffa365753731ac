package se.sodertorn.governance.domain.plan;

import java.util.List;
import java.util.Optional;

/** Stored development programmes with their focus areas and adoptions (a handful of each). */
public interface ProgrammeRepository {

    Optional<DevelopmentProgramme> find(long id);

    /** All programmes, newest first; a cooperation has a few. */
    List<DevelopmentProgramme> list();

    DevelopmentProgramme save(DevelopmentProgramme programme);

    List<FocusArea> focusAreasOf(long programmeId);

    Optional<FocusArea> findFocusArea(long id);

    FocusArea save(FocusArea focusArea);

    /** The programme's adoption record per municipality, by municipality name. */
    List<ProgrammeAdoption> adoptionsOf(long programmeId);

    Optional<ProgrammeAdoption> findAdoption(long id);

    ProgrammeAdoption save(ProgrammeAdoption adoption);
}
