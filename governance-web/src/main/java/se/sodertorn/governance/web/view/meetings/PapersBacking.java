package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Paper;
import se.sodertorn.governance.domain.meeting.PaperVersion;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.meeting.MeetingRecord;
import se.sodertorn.governance.ejb.meeting.PaperLimit;
import se.sodertorn.governance.ejb.meeting.PaperService;
import se.sodertorn.governance.ejb.meeting.PaperService.PaperUpload;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * The meeting page's papers: each item's current papers with their earlier versions, and the secretariat's upload
 * of a new paper or of a new version of one. The upload form names its target as {@code item:<id>} or
 * {@code paper:<id>}.
 */
@Named
@ViewScoped
public class PapersBacking extends MeetingPagePart {

    private static final long serialVersionUID = 1L;
    private static final String ITEM = "item:";
    private static final String PAPER = "paper:";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private PaperService papers;

    private List<PaperVersion> versions = List.of();
    private String target;
    private String title;
    private transient Part file;

    @Override
    void show(MeetingRecord record) {
        versions = papers.versions(record.meeting().getId());
    }

    /** The item's papers, each as its newest version, in the order they were added. */
    public List<PaperVersion> current(AgendaItem item) {
        return versions.stream()
                .filter(v -> v.isLatest() && v.getPaper().getAgendaItem().getId().equals(item.getId())).toList();
    }

    /** The paper's earlier versions, newest first. */
    public List<PaperVersion> earlier(Paper paper) {
        return versions.stream().filter(v -> !v.isLatest() && v.getPaper().getId().equals(paper.getId())).toList();
    }

    /** What a file can be uploaded to: a new paper of each item, or a new version of each paper. */
    public List<SelectItem> getTargets() {
        Locale locale = Faces.getLocale();
        List<SelectItem> targets = new ArrayList<>();
        for (AgendaItem item : view.getRecord().agenda()) {
            targets.add(new SelectItem(ITEM + item.getId(),
                    Texts.format(locale, "papers.ui.newTo", item.getNumber(), item.getTitle())));
            for (PaperVersion version : current(item)) {
                targets.add(new SelectItem(PAPER + version.getPaper().getId(), Texts.format(locale,
                        "papers.ui.newVersionOf", item.getNumber() + "." + (current(item).indexOf(version) + 1),
                        version.getPaper().getTitle())));
            }
        }
        return targets;
    }

    /**
     * Stores the chosen file as a new paper or a new version, then shows the meeting page anew (so that reloading
     * it sends nothing again); nothing is stored when it is refused, and a refusal also reads the record again, so
     * that the page shows the minutes' state that refused it.
     *
     * @return the meeting page's address after a stored upload, {@code null} to stay on the page
     */
    public String upload() throws IOException {
        Locale locale = Faces.getLocale();
        if (file == null) {
            Messages.addGlobalError(Texts.format(locale, sentEmptyFile() ? "paper.empty" : "papers.ui.noFile"));
            return null;
        }
        if (file.getSize() > PaperLimit.maxBytes()) {
            Messages.addGlobalError(Texts.format(locale, "paper.tooLarge",
                    PaperLimit.megabytes(PaperLimit.maxBytes())));
            return null;
        }
        PaperUpload upload = chosenUpload();
        if (upload == null) {
            Messages.addGlobalError(Texts.format(locale, "papers.ui.noTarget"));
            return null;
        }
        PaperVersion stored;
        try (InputStream content = file.getInputStream()) {
            stored = papers.upload(upload, content);
        } catch (GovernanceException refused) {
            view.reload();
            throw refused;
        }
        Messages.addFlashGlobalInfo(Texts.format(locale, "papers.ui.done", stored.getPaper().getTitle(),
                stored.getNumber()));
        return "/meetings/meeting?faces-redirect=true&id=" + upload.meetingId();
    }

    /** Whether the form carried a named file of no bytes (the file field then holds none). */
    private static boolean sentEmptyFile() throws IOException {
        try {
            return Faces.getRequest().getParts().stream().anyMatch(part -> part.getSize() == 0
                    && part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank());
        } catch (ServletException notMultipart) {
            return false;
        }
    }

    private PaperUpload chosenUpload() {
        long meetingId = view.getRecord().meeting().getId();
        String fileName = file.getSubmittedFileName();
        if (target != null && target.startsWith(ITEM) && isId(target.substring(ITEM.length()))) {
            return new PaperUpload(meetingId, Long.parseLong(target.substring(ITEM.length())), null, title, fileName);
        }
        if (target != null && target.startsWith(PAPER) && isId(target.substring(PAPER.length()))) {
            long paperId = Long.parseLong(target.substring(PAPER.length()));
            return versions.stream().filter(v -> v.getPaper().getId() == paperId).findFirst()
                    .map(v -> new PaperUpload(meetingId, v.getPaper().getAgendaItem().getId(), paperId, title,
                            fileName)).orElse(null);
        }
        return null;
    }

    private static boolean isId(String text) {
        return text.matches("\\d{1,18}");
    }

    /** The version's size in whole kilobytes (KiB), rounded up. */
    public long kilobytes(PaperVersion version) {
        return (version.getSizeBytes() + 1023) / 1024;
    }

    /** When the version was uploaded, as "2026-11-30 14:05". */
    public String when(PaperVersion version) {
        return version.getUploadedAt().format(WHEN);
    }

    /** Whether the meeting has any paper, for the pack's link. */
    public boolean isAny() {
        return !versions.isEmpty();
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
