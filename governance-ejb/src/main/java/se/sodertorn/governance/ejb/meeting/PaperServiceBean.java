package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.tika.io.TikaInputStream;
import se.sodertorn.governance.domain.meeting.AgendaItem;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.meeting.MeetingRepository;
import se.sodertorn.governance.domain.meeting.Paper;
import se.sodertorn.governance.domain.meeting.PaperFileName;
import se.sodertorn.governance.domain.meeting.PaperRepository;
import se.sodertorn.governance.domain.meeting.PaperVersion;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.ConcurrentChangeException;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.domain.shared.Text;
import se.sodertorn.governance.reports.minutes.AgendaDocumentWriter;
import se.sodertorn.governance.reports.minutes.AgendaReport;
import se.sodertorn.governance.reports.minutes.Item;

/** Default {@link PaperService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class PaperServiceBean implements PaperService {

    @Inject
    private PaperRepository papers;
    @Inject
    private MeetingRepository meetings;
    @Inject
    private MeetingService records;
    @Inject
    private MeetingCaller caller;
    @Inject
    private Clock clock;

    @Override
    public List<PaperVersion> versions(long meetingId) {
        meetings.get(meetingId);
        return papers.versionsOfMeeting(meetingId);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public PaperVersion upload(PaperUpload upload, InputStream content) throws IOException {
        AgendaItem item = meetings.item(upload.itemId())
                .filter(i -> i.getMeeting().getId() == upload.meetingId())
                .orElseThrow(() -> new NotFoundException("agendaItem", upload.itemId()));
        if (item.getMeeting().isRecordLocked()) {
            throw new GovernanceException("paper.minutesApproved");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Paper paper = paperOf(upload, item, now);
        long limit = PaperLimit.maxBytes();
        try (TikaInputStream file = TikaInputStream.get(content)) {
            file.mark(1);
            if (file.read() < 0) {
                throw new GovernanceException("paper.empty");
            }
            file.reset();
            String type = PaperTypes.detect(file, upload.fileName())
                    .orElseThrow(() -> new GovernanceException("paper.kindNotAccepted"));
            PaperVersion version = paper.addVersion(PaperFileName.of(upload.fileName(), PaperTypes.extension(type)),
                    type, caller.displayName(), now);
            try {
                papers.save(paper);
            } catch (ConcurrentChangeException meanwhile) {
                throw new ConcurrentChangeException("paper.changedMeanwhile", paper.getTitle());
            }
            PaperVersion saved = papers.saveVersion(version);
            long size = papers.writeContent(saved, file, limit);
            if (size > limit) {
                throw new GovernanceException("paper.tooLarge", PaperLimit.megabytes(limit));
            }
            saved.stored(size);
            if (PaperTextReader.readable(type)) {
                keepText(saved, type);
            }
            return saved;
        }
    }

    /** Reads the stored file back once, from the database, and keeps its text for search. */
    private void keepText(PaperVersion version, String type) throws IOException {
        Path file = Files.createTempFile("paper-", "." + PaperTypes.extension(type));
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                papers.readContent(version.getId(), out);
            }
            papers.keepText(version.getPaper(), version.getNumber(), PaperTextReader.read(type, file).orElse(null));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Paper paperOf(PaperUpload upload, AgendaItem item, LocalDateTime now) {
        if (upload.paperId() == null) {
            String title = Text.strippedOrNull(upload.title());
            return new Paper(item, title == null ? untitled(upload.fileName()) : title, now);
        }
        Paper paper = papers.find(upload.paperId()).filter(p -> p.getAgendaItem().equals(item))
                .orElseThrow(() -> new NotFoundException("paper", upload.paperId()));
        if (Text.strippedOrNull(upload.title()) != null) {
            paper.retitle(upload.title());
        }
        return paper;
    }

    /** A new paper sent without a title is called by its file's name, without the extension. */
    private static String untitled(String fileName) {
        String name = PaperFileName.of(fileName, "x");
        return name.substring(0, name.length() - 2);
    }

    @Override
    public PaperVersion version(long versionId) {
        return papers.getVersion(versionId);
    }

    @Override
    public void writeFile(long versionId, OutputStream out) throws IOException {
        papers.getVersion(versionId);
        papers.readContent(versionId, out);
    }

    @Override
    public String packFileName(long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        return MeetingTexts.format("file.pack", meeting.getBody().getShortName(), meeting.getDay().toString());
    }

    @Override
    public void writePack(long meetingId, OutputStream out) throws IOException {
        MeetingRecord record = records.record(meetingId);
        Meeting meeting = record.meeting();
        PaperNumbering numbering = new PaperNumbering(papers.versionsOfMeeting(meetingId));
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(MeetingTexts.format("file.agenda", meeting.getBody().getShortName(),
                meeting.getDay().toString())));
        new AgendaDocumentWriter().write(agenda(record, numbering), CloseShieldOutputStream.wrap(zip));
        zip.closeEntry();
        for (PaperVersion version : numbering.all()) {
            zip.putNextEntry(new ZipEntry(numbering.packName(version)));
            papers.readContent(version.getId(), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    private static AgendaReport agenda(MeetingRecord record, PaperNumbering numbering) {
        Meeting meeting = record.meeting();
        return new AgendaReport(meeting.getBody().getFullName(), meeting.getStartsAt(), meeting.getEndsAt(),
                meeting.getPlace(), meeting.getSecretary() == null ? null : meeting.getSecretary().getFullName(),
                record.agenda().stream()
                        .map(item -> Item.onAgenda(item.getNumber(), item.getTitle(), numbering.lines(item.getId())))
                        .toList());
    }
}
