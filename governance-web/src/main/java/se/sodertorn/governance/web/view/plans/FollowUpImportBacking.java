package se.sodertorn.governance.web.view.plans;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import jakarta.servlet.http.Part;
import se.sodertorn.governance.ejb.plan.FollowUpImportService;
import se.sodertorn.governance.ejb.plan.ImportPreview;

/** The upload of an edited follow-up workbook on the plan page: preview of the changes, then apply on confirmation. */
@Named
@ViewScoped
public class FollowUpImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FollowUpImportService imports;

    @Inject
    private PlanView planView;

    @Inject
    private PlanDashboardBacking dashboard;

    private transient Part file;
    private ImportPreview preview;

    /** Reads the uploaded workbook and shows what it would change; stores nothing. */
    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError(planView.text("import.noFile"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            preview = imports.preview(planView.getPlan().getYear(), in, Faces.getLocale());
        }
    }

    /** Applies the previewed changes (those of the rows without a problem), all or none. */
    public void apply() {
        int changed = imports.apply(planView.getPlan().getYear(), preview.changes());
        preview = null;
        dashboard.refresh();
        Messages.addGlobalInfo(planView.text("import.applied", changed));
    }

    public void cancel() {
        preview = null;
    }

    /** A problem in the user's words. */
    public String describe(ImportPreview.Problem problem) {
        String where = problem.row() > 0 ? planView.text("import.where", problem.sheet(), problem.row()) + " " : "";
        return where + planView.text("import.problem." + problem.code(), problem.detail());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportPreview getPreview() {
        return preview;
    }
}
