package se.sodertorn.governance.ejb.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Paper;
import se.sodertorn.governance.domain.meeting.PaperFileName;
import se.sodertorn.governance.domain.meeting.PaperRepository;
import se.sodertorn.governance.domain.meeting.PaperVersion;

/**
 * The demo's meeting papers: a short Word document ("Underlag: …") on the topic item of each meeting held, sent out
 * a week before it, with a second version for the latest meeting, as the secretariat revises a proposal. Each is
 * saved at once, before the meeting's minutes are approved, after which its record takes no change.
 */
@ApplicationScoped
class DemoPapers {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    private PaperRepository papers;

    /** Adds the item's paper, in one version or two, sent out by the meeting's secretary before the meeting. */
    void sendOut(AgendaItem item, String secretary, boolean revised) {
        LocalDateTime sent = item.getMeeting().getStartsAt().minusDays(7);
        String title = "Underlag: " + item.getTitle();
        Paper paper = papers.save(new Paper(item, title, sent));
        store(paper, title, "Förslag inför mötet.", secretary, sent);
        if (revised) {
            store(paper, title, "Reviderat förslag efter synpunkter från kommunerna.", secretary, sent.plusDays(3));
        }
    }

    private void store(Paper paper, String title, String text, String secretary, LocalDateTime at) {
        byte[] document = document(title, text);
        PaperVersion version = papers.saveVersion(paper.addVersion(PaperFileName.of(title, "docx"), DOCX,
                secretary, at));
        try {
            version.stored(papers.writeContent(version, new ByteArrayInputStream(document), document.length));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        papers.saveVersion(version);
        papers.keepText(paper, version.getNumber(), title + "\n" + text);
    }

    private static byte[] document(String title, String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(title);
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
