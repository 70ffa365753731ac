package se.sodertorn.governance.web.view.register;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.ejb.organisation.BodyService;
import se.sodertorn.governance.web.faces.PagedLazyModel;
import se.sodertorn.governance.web.view.Feedback;

/** {@code /register/bodies.xhtml}: the bodies, paged; the secretariat adds and edits them in a dialog. */
@Named
@ViewScoped
public class BodiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BodyService bodies;

    private final PagedLazyModel<Body> model = new PagedLazyModel<>(request -> bodies.page(request));
    private Body selected;

    public void add() {
        selected = Body.blank();
    }

    public void edit(long id) {
        selected = bodies.find(id);
    }

    public void save() {
        Body saved = bodies.save(selected);
        model.refresh();
        Feedback.saved(saved.getShortName());
    }

    public PagedLazyModel<Body> getModel() {
        return model;
    }

    public Body getSelected() {
        return selected;
    }
}
