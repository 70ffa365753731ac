package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.Text;

/**
 * Another organisation's calendar (e.g. StorSthlm's meetings) imported from an iCalendar file or address, so
 * the meeting plan can be checked against it. Importing again replaces its events.
 */
@Entity
@Audited
public class ExternalCalendar extends BaseEntity {

    @NotBlank(message = "{externalCalendar.name.required}")
    @Size(max = 200, message = "{text.tooLong}")
    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Size(max = 1000, message = "{text.tooLong}")
    @Column(length = 1000)
    private String sourceUrl;

    private LocalDateTime importedAt;

    private int eventCount;

    protected ExternalCalendar() {
    }

    public ExternalCalendar(String name, String sourceUrl) {
        this.name = name == null ? null : name.strip();
        this.sourceUrl = Text.strippedOrNull(sourceUrl);
    }

    /** Notes a finished import. */
    public void imported(LocalDateTime when, int events) {
        importedAt = when;
        eventCount = events;
    }

    public String getName() {
        return name;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public LocalDateTime getImportedAt() {
        return importedAt;
    }

    public int getEventCount() {
        return eventCount;
    }
}
