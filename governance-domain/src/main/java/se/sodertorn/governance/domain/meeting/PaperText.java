package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.util.regex.Pattern;
import se.sodertorn.governance.domain.shared.BaseEntity;

/**
 * The text read out of a paper's newest version (PDF or Word), kept so that the paper can be found by its content.
 * Derived from the file, so not audited: it is replaced on every upload, and it is empty for kinds of file that
 * hold no readable text (images, spreadsheets).
 */
@Entity
public class PaperText extends BaseEntity {

    /** Most characters kept of a paper's text; the rest of a longer text is not searchable. */
    public static final int CONTENT_MAX = 100_000;
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(unique = true, nullable = false)
    private Paper paper;

    @Column(nullable = false)
    private int versionNumber;

    @Column(length = CONTENT_MAX)
    private String content;

    protected PaperText() {
    }

    /** The text of the paper's version numbered {@code versionNumber}, cut to {@link #CONTENT_MAX} characters. */
    public PaperText(Paper paper, int versionNumber, String content) {
        this.paper = paper;
        replace(versionNumber, content);
    }

    /**
     * Takes the text of a newer version in place of the one kept, without control characters other than tabs and
     * line breaks: text read out of a PDF may hold NUL characters (a font without Unicode mapping), which PostgreSQL's
     * text cannot store and which no one searches for.
     */
    public void replace(int newVersionNumber, String newContent) {
        versionNumber = newVersionNumber;
        String readable = newContent == null ? null : CONTROL.matcher(newContent).replaceAll("");
        content = readable == null || readable.length() <= CONTENT_MAX ? readable : readable.substring(0, CONTENT_MAX);
    }

    public Paper getPaper() {
        return paper;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getContent() {
        return content;
    }
}
