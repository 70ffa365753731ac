package se.sodertorn.governance.ejb.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.ejb.audit.AuditRevision;
import se.sodertorn.governance.ejb.audit.AuditRevisionListener;

/** Default {@link HistoryService}: the record's audit revisions, each compared with the one before. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class HistoryServiceBean implements HistoryService {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @PersistenceContext
    private EntityManager em;
    @Inject
    private UserAccountRepository accounts;

    @Override
    public List<RecordChange> of(RecordKind kind, long id) {
        List<?> revisions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(kind.entity(), false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(MAX_CHANGES + 1)
                .getResultList();
        AuditedFields fields = new AuditedFields(em.getMetamodel().entity(kind.entity()), kind);
        Map<String, String> names = new HashMap<>();
        List<RecordChange> changes = new ArrayList<>();
        for (int i = 0; i < Math.min(revisions.size(), MAX_CHANGES); i++) {
            Object[] revision = (Object[]) revisions.get(i);
            Object older = i + 1 < revisions.size() ? ((Object[]) revisions.get(i + 1))[0] : null;
            changes.add(change(revision, older, fields, names));
        }
        return Collections.unmodifiableList(changes);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<RecordedChange> changes(LocalDate day, String username) {
        String who = username == null || username.isBlank() ? null : username.strip();
        if (day == null && who == null) {
            throw new GovernanceException("history.dayOrPersonRequired");
        }
        AuditReader reader = AuditReaderFactory.get(em);
        List<Revised> found = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            AuditQuery query = reader.createQuery().forRevisionsOfEntity(kind.entity(), false, true);
            if (day != null) {
                query.add(AuditEntity.revisionProperty("revisionTime").between(
                        day.atStartOfDay(STOCKHOLM).toInstant().toEpochMilli(),
                        day.plusDays(1).atStartOfDay(STOCKHOLM).toInstant().toEpochMilli() - 1));
            }
            if (who != null) {
                query.add(AuditEntity.revisionProperty("username").eq(who));
            }
            query.addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(MAX_CHANGES).getResultList()
                    .forEach(row -> found.add(new Revised(kind, (Object[]) row)));
        }
        found.sort(Comparator.comparing(Revised::time).reversed());
        Map<String, String> names = new HashMap<>();
        Map<RecordKind, AuditedFields> fields = new EnumMap<>(RecordKind.class);
        List<RecordedChange> changes = new ArrayList<>();
        for (Revised each : found.subList(0, Math.min(found.size(), MAX_CHANGES))) {
            BaseEntity record = (BaseEntity) each.revision()[0];
            Object older = each.revision()[2] == RevisionType.ADD ? null
                    : before(reader, each.kind(), record.getId(), each.made().getId());
            changes.add(new RecordedChange(each.kind(), record.getId(), AuditedFields.named(record),
                    change(each.revision(), older, fields.computeIfAbsent(each.kind(),
                            kind -> new AuditedFields(em.getMetamodel().entity(kind.entity()), kind)), names)));
        }
        return List.copyOf(changes);
    }

    /** One audit revision of a record of the kind: the record as it was then, the revision and what it did. */
    private record Revised(RecordKind kind, Object[] revision) {

        AuditRevision made() {
            return (AuditRevision) revision[1];
        }

        Instant time() {
            return made().getRevisionTime();
        }
    }

    /** The record as it was before the revision numbered {@code revision}, or {@code null}. */
    private static Object before(AuditReader reader, RecordKind kind, long id, int revision) {
        List<?> older = reader.createQuery().forRevisionsOfEntity(kind.entity(), true, true)
                .add(AuditEntity.id().eq(id)).add(AuditEntity.revisionNumber().lt(revision))
                .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(1).getResultList();
        return older.isEmpty() ? null : older.get(0);
    }

    private RecordChange change(Object[] revision, Object older, AuditedFields fields, Map<String, String> names) {
        AuditRevision made = (AuditRevision) revision[1];
        RevisionType type = (RevisionType) revision[2];
        return new RecordChange(LocalDateTime.ofInstant(made.getRevisionTime(), STOCKHOLM),
                byApplication(made) ? null : names.computeIfAbsent(made.getUsername(), this::nameOf), kind(type),
                fields.changed(type == RevisionType.ADD ? null : older, revision[0]));
    }

    private static boolean byApplication(AuditRevision revision) {
        return revision.getUsername() == null || AuditRevisionListener.SYSTEM.equals(revision.getUsername());
    }

    private String nameOf(String username) {
        return accounts.findByUsername(username).map(UserAccount::getDisplayName).orElse(username);
    }

    private static RecordChange.Kind kind(RevisionType type) {
        return switch (type) {
            case ADD -> RecordChange.Kind.CREATED;
            case DEL -> RecordChange.Kind.REMOVED;
            default -> RecordChange.Kind.CHANGED;
        };
    }
}
