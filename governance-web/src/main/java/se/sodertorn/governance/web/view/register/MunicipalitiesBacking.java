package se.sodertorn.governance.web.view.register;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.ejb.organisation.MunicipalityService;
import se.sodertorn.governance.web.view.Feedback;

/** {@code /register/municipalities.xhtml}: the member municipalities; the secretariat edits them in a dialog. */
@Named
@ViewScoped
public class MunicipalitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MunicipalityService municipalities;

    private List<Municipality> list;
    private Municipality selected;

    @PostConstruct
    void load() {
        list = municipalities.list();
    }

    public void add() {
        selected = Municipality.blank();
    }

    public void edit(long id) {
        selected = municipalities.find(id);
    }

    public void save() {
        Municipality saved = municipalities.save(selected);
        Feedback.saved(saved.getName());
        load();
    }

    public long getTotalPopulation() {
        return list.stream().mapToLong(Municipality::getPopulation).sum();
    }

    public List<Municipality> getList() {
        return list;
    }

    public Municipality getSelected() {
        return selected;
    }
}
