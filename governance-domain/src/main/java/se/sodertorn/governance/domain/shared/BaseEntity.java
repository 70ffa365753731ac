package se.sodertorn.governance.domain.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Identity and optimistic-locking version shared by every entity.
 * Equality is by database identity; transient instances are only equal to themselves.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    /** Refuses to go on when the record changed since the caller read it at {@code expectedVersion}. */
    public void checkVersion(int expectedVersion) {
        if (version != expectedVersion) {
            throw new ConcurrentChangeException();
        }
    }

    public boolean isNew() {
        return id == null;
    }

    /**
     * Whether two references of the same kind name the same record (or are both empty): the same instance, or
     * the same database id, also when one of them is a lazy proxy.
     */
    public static boolean sameRecord(BaseEntity one, BaseEntity other) {
        if (one == other) {
            return true;
        }
        return one != null && other != null && one.getId() != null && one.getId().equals(other.getId());
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return id != null && id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
