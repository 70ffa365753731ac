package se.sodertorn.governance.ejb.meeting;

import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.OutputStream;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MinutesCorrection;

/**
 * The minutes' workflow: draft, sent to the adjuster, approved by the adjuster in person, published; corrections
 * after approval; the minutes as a Word document.
 */
public interface MinutesService {

    /**
     * Sends the draft minutes to the adjuster, who is told by e-mail; refused when the adjuster has no account,
     * since only the adjuster, logged in, can approve.
     */
    Meeting sendToAdjuster(long meetingId, int version);

    Meeting returnToDraft(long meetingId, int version);

    /** Approves the minutes; only the meeting's adjuster, logged in as themself, may. The secretariat is told. */
    Meeting approve(long meetingId, int version);

    /**
     * The adjuster sends the minutes back to the secretariat for changes, with a comment saying what; only the
     * meeting's adjuster, logged in as themself, may. The secretariat is told.
     */
    Meeting returnFromAdjuster(long meetingId, int version, String comment);

    Meeting publish(long meetingId, int version);

    /** Adds a correction note to approved minutes. */
    MinutesCorrection correct(long meetingId, @NotBlank String text);

    /** File name of the minutes document, e.g. {@code minnesanteckningar-LG-2022-12-02.docx}. */
    String fileName(long meetingId);

    void writeDocument(long meetingId, OutputStream out) throws IOException;
}
