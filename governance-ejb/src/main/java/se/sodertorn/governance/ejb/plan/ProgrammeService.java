package se.sodertorn.governance.ejb.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.plan.DevelopmentProgramme;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.plan.ProgrammeAdoption;

/** Development programmes, their focus areas and their adoption by each municipality's executive board. */
public interface ProgrammeService {

    List<DevelopmentProgramme> list();

    DevelopmentProgramme find(long id);

    /** Saves a programme; a new one gets an adoption record ("not yet") for every municipality. */
    DevelopmentProgramme save(@NotNull @Valid DevelopmentProgramme programme);

    List<FocusArea> focusAreasOf(long programmeId);

    FocusArea saveFocusArea(@NotNull @Valid FocusArea focusArea);

    List<ProgrammeAdoption> adoptionsOf(long programmeId);

    /** Records the date of a municipality's KS decision, or clears it (null). */
    ProgrammeAdoption recordAdoption(long adoptionId, LocalDate decidedOn, int expectedVersion);
}
