package se.sodertorn.governance.web.view.decisions;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.DecisionFilter;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.ejb.meeting.DecisionChain;
import se.sodertorn.governance.ejb.meeting.DecisionService;
import se.sodertorn.governance.web.faces.PagedLazyModel;
import se.sodertorn.governance.web.i18n.Texts;
import se.sodertorn.governance.web.view.RegisterChoices;

/**
 * {@code /decisions/index.xhtml}: the decision register, paged in the database, filtered by body, year and text
 * (the table's search field).
 */
@Named
@ViewScoped
public class DecisionRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    @Inject
    private RegisterChoices choices;

    private Long bodyId;
    private Integer year;
    private final Map<Long, String> adoptionCounts = new HashMap<>();
    private final PagedLazyModel<Decision> model = new PagedLazyModel<>(
            request -> decisions.register(new DecisionFilter(bodyId, year, request.search()), request));

    /** The body or year changed: the table counts again (the page then filters the table). */
    public void filter() {
        model.refresh();
    }

    /**
     * How many executive boards adopted a decision that needs adopting ("5 av 8"), empty for the others. The
     * register does not carry the count, so it is asked per decision that needs it, once per view.
     */
    public String adoptions(Decision decision) {
        if (!decision.isNeedsAdoption()) {
            return "";
        }
        return adoptionCounts.computeIfAbsent(decision.getId(), id -> {
            DecisionChain chain = decisions.chain(id);
            return Texts.format(Faces.getLocale(), "decision.ui.adoptionCount", chain.adoptedCount(),
                    chain.municipalityCount());
        });
    }

    /** Our own bodies, which decide. */
    public List<Body> getBodies() {
        return choices.getBodies().stream().filter(body -> !body.isExternal()).toList();
    }

    public PagedLazyModel<Decision> getModel() {
        return model;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
