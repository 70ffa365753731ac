package se.sodertorn.governance.ejb.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import se.sodertorn.governance.domain.meeting.Paper;
import se.sodertorn.governance.domain.meeting.PaperRepository;
import se.sodertorn.governance.domain.meeting.PaperText;
import se.sodertorn.governance.domain.meeting.PaperVersion;

/**
 * Papers in the database. A version's bytes go to {@code paper_piece} in pieces of {@value #PIECE} bytes through
 * the transaction's own connection: writing holds one piece in memory, reading one piece at a time.
 */
@ApplicationScoped
public class JpaPaperRepository implements PaperRepository {

    /** Size of one stored piece, in bytes. */
    static final int PIECE = 256 * 1024;

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Paper> find(long paperId) {
        return Optional.ofNullable(em.find(Paper.class, paperId));
    }

    @Override
    public Optional<PaperVersion> findVersion(long versionId) {
        return em.createQuery("select v from PaperVersion v join fetch v.paper p join fetch p.agendaItem i"
                        + " join fetch i.meeting where v.id = :id", PaperVersion.class)
                .setParameter("id", versionId).getResultStream().findFirst();
    }

    @Override
    public List<PaperVersion> versionsOfMeeting(long meetingId) {
        return em.createQuery("select v from PaperVersion v join fetch v.paper p join fetch p.agendaItem i"
                        + " where i.meeting.id = :meeting order by i.number, p.createdAt, p.id, v.number desc",
                PaperVersion.class).setParameter("meeting", meetingId).getResultList();
    }

    @Override
    public boolean itemHasPapers(long itemId) {
        return !em.createQuery("select p.id from Paper p where p.agendaItem.id = :item", Long.class)
                .setParameter("item", itemId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Optional<PaperText> text(long paperId) {
        return em.createQuery("select t from PaperText t where t.paper.id = :paper", PaperText.class)
                .setParameter("paper", paperId).getResultStream().findFirst();
    }

    @Override
    public PaperText saveText(PaperText text) {
        return Saving.save(em, text);
    }

    @Override
    public Paper save(Paper paper) {
        return Saving.save(em, paper);
    }

    @Override
    public PaperVersion saveVersion(PaperVersion version) {
        return Saving.save(em, version);
    }

    @Override
    public long writeContent(PaperVersion version, InputStream content, long maxBytes) throws IOException {
        long versionId = version.getId();
        try {
            return em.unwrap(Session.class).doReturningWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into paper_piece (paper_version_id, piece_number, bytes) values (?, ?, ?)")) {
                    byte[] piece = new byte[PIECE];
                    long total = 0;
                    int number = 0;
                    int read;
                    while ((read = content.readNBytes(piece, 0, PIECE)) > 0) {
                        total += read;
                        if (total > maxBytes) {
                            return maxBytes + 1;
                        }
                        insert.setLong(1, versionId);
                        insert.setInt(2, number++);
                        insert.setBytes(3, read == PIECE ? piece : Arrays.copyOf(piece, read));
                        insert.executeUpdate();
                    }
                    return total;
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }

    @Override
    public void readContent(long versionId, OutputStream out) throws IOException {
        try {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "select bytes from paper_piece where paper_version_id = ? and piece_number = ?")) {
                    for (int number = 0; ; number++) {
                        select.setLong(1, versionId);
                        select.setInt(2, number);
                        try (ResultSet piece = select.executeQuery()) {
                            if (!piece.next()) {
                                return;
                            }
                            out.write(piece.getBytes(1));
                        }
                    }
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }
}
