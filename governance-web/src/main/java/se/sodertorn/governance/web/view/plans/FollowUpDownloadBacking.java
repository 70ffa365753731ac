package se.sodertorn.governance.web.view.plans;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import se.sodertorn.governance.ejb.plan.FollowUpExportService;
import se.sodertorn.governance.web.api.PlanResource;

/** The download of the plan's Excel follow-up from the plan page: now or at a round, all or one focus area. */
@Named
@ViewScoped
public class FollowUpDownloadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FollowUpExportService export;

    @Inject
    private PlanView planView;

    private Long roundId;
    private Long focusAreaId;

    public StreamedContent getFile() {
        int year = planView.getPlan().getYear();
        Long round = roundId;
        Long area = focusAreaId;
        return DefaultStreamedContent.builder()
                .name(export.fileName(year, round, area))
                .contentType(PlanResource.XLSX)
                .writer(out -> {
                    try {
                        export.write(year, round, area, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public Long getFocusAreaId() {
        return focusAreaId;
    }

    public void setFocusAreaId(Long focusAreaId) {
        this.focusAreaId = focusAreaId;
    }
}
