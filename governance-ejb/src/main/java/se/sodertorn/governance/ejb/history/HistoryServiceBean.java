package se.sodertorn.governance.ejb.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.security.UserAccount;
import se.sodertorn.governance.domain.security.UserAccountRepository;
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
            AuditRevision made = (AuditRevision) revision[1];
            RevisionType type = (RevisionType) revision[2];
            changes.add(new RecordChange(LocalDateTime.ofInstant(made.getRevisionTime(), STOCKHOLM),
                    byApplication(made) ? null : names.computeIfAbsent(made.getUsername(), this::nameOf), kind(type),
                    fields.changed(type == RevisionType.ADD ? null : older, revision[0])));
        }
        return Collections.unmodifiableList(changes);
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
