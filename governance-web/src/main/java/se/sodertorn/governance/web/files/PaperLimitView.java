package se.sodertorn.governance.web.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import se.sodertorn.governance.ejb.meeting.PaperLimit;

/** The largest paper a page may mention: {@code #{paperLimit.megabytes}}. */
@Named("paperLimit")
@ApplicationScoped
public class PaperLimitView {

    /** The configured limit in whole MB (MiB). */
    public long getMegabytes() {
        return PaperLimit.megabytes(PaperLimit.maxBytes());
    }
}
