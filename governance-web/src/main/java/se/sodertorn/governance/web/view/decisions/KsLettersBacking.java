package se.sodertorn.governance.web.view.decisions;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import se.sodertorn.governance.domain.meeting.DecisionAdoption;
import se.sodertorn.governance.ejb.meeting.KsLetterService;
import se.sodertorn.governance.web.api.MeetingResource;

/**
 * The decision page's letters to the executive boards (secretariat): one municipality's letter or all of them in
 * a ZIP, with the municipality's contribution from the year's budget when the secretary says the decision concerns
 * money. Each document is written whole before the download starts, so a refusal comes as a message on the page.
 */
@Named
@ViewScoped
public class KsLettersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ZIP = "application/zip";

    @EJB
    private KsLetterService letters;
    @Inject
    private DecisionChainBacking view;

    private boolean withContribution;

    /** The letter to the board of the adoption's municipality. */
    public StreamedContent letter(DecisionAdoption adoption) throws IOException {
        long decisionId = view.getId();
        long municipalityId = adoption.getMunicipality().getId();
        String name = letters.fileName(decisionId, municipalityId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        letters.write(decisionId, municipalityId, withContribution, out);
        return download(name, MeetingResource.DOCX, out);
    }

    /** Every member municipality's letter in one ZIP. */
    public StreamedContent getAll() throws IOException {
        long decisionId = view.getId();
        String name = letters.zipName(decisionId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        letters.writeAll(decisionId, withContribution, out);
        return download(name, ZIP, out);
    }

    private static StreamedContent download(String name, String type, ByteArrayOutputStream written) {
        byte[] bytes = written.toByteArray();
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public boolean isWithContribution() {
        return withContribution;
    }

    public void setWithContribution(boolean withContribution) {
        this.withContribution = withContribution;
    }
}
