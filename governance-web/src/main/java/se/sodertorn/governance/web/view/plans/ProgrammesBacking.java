package se.sodertorn.governance.web.view.plans;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import se.sodertorn.governance.domain.plan.DevelopmentProgramme;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.plan.ProgrammeAdoption;
import se.sodertorn.governance.ejb.plan.ProgrammeService;
import se.sodertorn.governance.web.view.Feedback;

/**
 * {@code /plans/programmes.xhtml}: development programmes, their focus areas and goals, and which executive
 * boards (KS) have adopted them.
 */
@Named
@ViewScoped
public class ProgrammesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProgrammeService programmes;

    private List<DevelopmentProgramme> list;
    private DevelopmentProgramme current;
    private List<FocusArea> focusAreas;
    private List<ProgrammeAdoption> adoptions;
    private DevelopmentProgramme editedProgramme;
    private FocusArea editedArea;
    private ProgrammeAdoption editedAdoption;
    private LocalDate adoptedOn;

    @PostConstruct
    void load() {
        list = programmes.list();
        if (current == null && !list.isEmpty()) {
            current = list.get(0);
        }
        show();
    }

    /** Shows the chosen programme's focus areas and adoptions. */
    public void show() {
        focusAreas = current == null ? List.of() : programmes.focusAreasOf(current.getId());
        adoptions = current == null ? List.of() : programmes.adoptionsOf(current.getId());
    }

    public void select(long id) {
        current = programmes.find(id);
        show();
    }

    public void addProgramme() {
        editedProgramme = DevelopmentProgramme.blank();
    }

    public void editProgramme() {
        editedProgramme = programmes.find(current.getId());
    }

    public void saveProgramme() {
        current = programmes.save(editedProgramme);
        Feedback.saved(current.getName());
        load();
    }

    public void addArea() {
        editedArea = FocusArea.blankIn(current, focusAreas.size() + 1);
    }

    public void editArea(FocusArea area) {
        editedArea = area;
    }

    public void saveArea() {
        Feedback.saved(programmes.saveFocusArea(editedArea).getName());
        show();
    }

    public void editAdoption(ProgrammeAdoption adoption) {
        editedAdoption = adoption;
        adoptedOn = adoption.getDecidedOn();
    }

    public void saveAdoption() {
        ProgrammeAdoption saved = programmes.recordAdoption(editedAdoption.getId(), adoptedOn, editedAdoption.getVersion());
        Feedback.saved(saved.getMunicipality().getName());
        show();
    }

    public long getAdoptedCount() {
        return adoptions.stream().filter(ProgrammeAdoption::isAdopted).count();
    }

    public List<DevelopmentProgramme> getList() {
        return list;
    }

    public DevelopmentProgramme getCurrent() {
        return current;
    }

    public List<FocusArea> getFocusAreas() {
        return focusAreas;
    }

    public List<ProgrammeAdoption> getAdoptions() {
        return adoptions;
    }

    public DevelopmentProgramme getEditedProgramme() {
        return editedProgramme;
    }

    public FocusArea getEditedArea() {
        return editedArea;
    }

    public ProgrammeAdoption getEditedAdoption() {
        return editedAdoption;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }
}
