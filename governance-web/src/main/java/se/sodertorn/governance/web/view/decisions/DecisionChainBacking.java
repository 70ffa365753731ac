package se.sodertorn.governance.web.view.decisions;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import se.sodertorn.governance.domain.meeting.DecisionAdoption;
import se.sodertorn.governance.ejb.meeting.DecisionChain;
import se.sodertorn.governance.ejb.meeting.DecisionService;
import se.sodertorn.governance.web.view.Feedback;

/**
 * {@code /decisions/decision.xhtml?id=…}: one decision with its chain — the recommendation it follows, the
 * decisions following it, the executive boards' adoptions — where the secretariat records each board's date.
 */
@Named
@ViewScoped
public class DecisionChainBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DecisionService decisions;

    private Long id;
    private DecisionChain chain;
    private List<AdoptionRow> adoptions;

    /** Loads the decision named by the view parameter and its chain. */
    public void load() {
        chain = decisions.chain(id);
        adoptions = chain.adoptions().stream().map(AdoptionRow::new).toList();
    }

    /** Records (or clears) the date one municipality's board adopted the decision. */
    public void saveAdoption(AdoptionRow row) {
        DecisionAdoption adoption = row.getAdoption();
        decisions.recordAdoption(adoption.getId(), adoption.getVersion(), row.getAdoptedOn());
        load();
        Feedback.saved(adoption.getMunicipality().getName());
    }

    public String getChainText() {
        return ChainSteps.asText(getSteps());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DecisionChain getChain() {
        return chain;
    }

    /** The chain's steps, worded when the page renders, in the page's language. */
    public List<ChainSteps.Step> getSteps() {
        return ChainSteps.of(chain, Faces.getLocale());
    }

    public List<AdoptionRow> getAdoptions() {
        return adoptions;
    }

    /** One line of the adoption table: a municipality's adoption and the date in its field. */
    public static final class AdoptionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final DecisionAdoption adoption;
        private LocalDate adoptedOn;

        AdoptionRow(DecisionAdoption adoption) {
            this.adoption = adoption;
            this.adoptedOn = adoption.getAdoptedOn();
        }

        public DecisionAdoption getAdoption() {
            return adoption;
        }

        public LocalDate getAdoptedOn() {
            return adoptedOn;
        }

        public void setAdoptedOn(LocalDate adoptedOn) {
            this.adoptedOn = adoptedOn;
        }
    }
}
