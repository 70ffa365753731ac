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

    Meeting sendToAdjuster(long meetingId, int version);

    Meeting returnToDraft(long meetingId, int version);

    /** Approves the minutes; only the meeting's adjuster, logged in as themself, may. */
    Meeting approve(long meetingId, int version);

    Meeting publish(long meetingId, int version);

    /** Adds a correction note to approved minutes. */
    MinutesCorrection correct(long meetingId, @NotBlank String text);

    /** File name of the minutes document, e.g. {@code minnesanteckningar-LG-2022-12-02.docx}. */
    String fileName(long meetingId);

    void writeDocument(long meetingId, OutputStream out) throws IOException;
}
