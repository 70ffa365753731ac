package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingDraft;
import se.sodertorn.governance.domain.meeting.PaperVersion;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.meeting.MeetingPlanService;
import se.sodertorn.governance.ejb.meeting.MeetingService;
import se.sodertorn.governance.ejb.meeting.PaperLimit;
import se.sodertorn.governance.ejb.meeting.PaperService;
import se.sodertorn.governance.ejb.meeting.PaperService.PaperUpload;

/**
 * Papers through the service in the server: files over the configured limit refused with nothing stored, files of
 * any size stored in pieces and read back byte for byte, an item holding papers kept on the agenda, and uploads
 * only by the secretariat.
 */
@ExtendWith(ArquillianExtension.class)
class PaperServiceIT {

    /** The year the meeting tests over the API share (see MeetingFixtures). */

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PaperServiceIT.class, PaperFiles.class, PaperFiles.Multipart.class);
    }

    @EJB
    private PaperService papers;
    @EJB
    private MeetingService meetings;
    @EJB
    private MeetingPlanService plans;
    @Inject
    private MeetingDrafts drafts;
    @Inject
    private Callers callers;

    /** A prepared LG meeting on a free weekday of the meeting tests' year; returns its agenda. */
    private List<AgendaItem> preparedMeeting() throws Exception {
        MeetingDraft draft = drafts.lgOnAFreeDay(null);
        Meeting meeting = callers.asSecretariat(() -> plans.propose(draft.getDay().getYear(), draft));
        return callers.asSecretariat(() -> meetings.prepare(meeting.getId())).agenda();
    }

    private PaperVersion upload(AgendaItem item, Long paperId, String fileName, byte[] content) throws Exception {
        return callers.asSecretariat(() -> papers.upload(new PaperUpload(item.getMeeting().getId(), item.getId(),
                paperId, "Underlag", fileName), new ByteArrayInputStream(content)));
    }

    private byte[] download(long versionId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        callers.asMember(() -> {
            papers.writeFile(versionId, out);
            return null;
        });
        return out.toByteArray();
    }

    @Test
    void aFileOverTheConfiguredLimitIsRefusedWithNothingStoredAndOneAtTheLimitIsKept() throws Exception {
        AgendaItem item = preparedMeeting().get(1);
        long meetingId = item.getMeeting().getId();
        System.setProperty(PaperLimit.PROPERTY, "4000");
        try {
            GovernanceException refused = assertThrows(GovernanceException.class,
                    () -> upload(item, null, "stor.pdf", PaperFiles.pdfOfSize(4001)));
            assertEquals("paper.tooLarge", refused.getMessageKey());
            assertEquals(List.of(), callers.asMember(() -> papers.versions(meetingId)), "nothing stored");
            byte[] atLimit = PaperFiles.pdfOfSize(4000);
            PaperVersion kept = upload(item, null, "lagom.pdf", atLimit);
            assertEquals(4000, kept.getSizeBytes());
            assertArrayEquals(atLimit, download(kept.getId()));
        } finally {
            System.clearProperty(PaperLimit.PROPERTY);
        }
    }

    @Test
    void filesAroundThePieceSizeComeBackByteForByte() throws Exception {
        AgendaItem item = preparedMeeting().get(2);
        Long paperId = null;
        for (int size : new int[] {1, 262_143, 262_144, 262_145, 700_001}) {
            byte[] file = PaperFiles.pdfOfSize(Math.max(size, 600));
            PaperVersion stored = upload(item, paperId, "del-" + size + ".pdf", file);
            paperId = stored.getPaper().getId();
            assertEquals(file.length, stored.getSizeBytes());
            assertArrayEquals(file, download(stored.getId()), "size " + file.length);
        }
        assertEquals(5, callers.asMember(() -> papers.versions(item.getMeeting().getId())).size());
    }

    @Test
    void anItemWithPapersStaysOnTheAgendaAndOnlyTheSecretariatUploads() throws Exception {
        AgendaItem item = preparedMeeting().get(3);
        upload(item, null, "karta.png", PaperFiles.png());
        GovernanceException kept = assertThrows(GovernanceException.class,
                () -> callers.asSecretariat(() -> {
                    meetings.removeItem(item.getId());
                    return null;
                }));
        assertEquals("agendaItem.hasPapers", kept.getMessageKey());
        assertThrows(EJBAccessException.class, () -> callers.asDirector(() -> papers.upload(new PaperUpload(
                item.getMeeting().getId(), item.getId(), null, "Direktörens", "d.png"),
                new ByteArrayInputStream(PaperFiles.png()))));
        assertEquals(1, callers.asDirector(() -> papers.versions(item.getMeeting().getId())).size());
    }
}
