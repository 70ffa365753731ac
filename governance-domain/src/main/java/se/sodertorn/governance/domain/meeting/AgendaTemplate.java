package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * The standing items a body's agendas start from, one title per line in order; the line that starts with the
 * outstanding-matters title lists the open action items.
 */
@Entity
@Audited
public class AgendaTemplate extends BaseEntity {

    /** The items every body starts with until the secretariat writes its own. */
    public static final String STANDARD = String.join("\n", "Välkommen", "Val av justerare",
            "Utestående ärenden och föregående möten", "Övriga frågor", "Nästa möte");

    private static final String OUTSTANDING_PREFIX = "utestående ärenden";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Body body;

    @NotBlank(message = "{agendaTemplate.items.required}")
    @Size(max = 4000, message = "{text.tooLong}")
    @Column(nullable = false, length = 4000)
    private String items;

    protected AgendaTemplate() {
    }

    public AgendaTemplate(Body body, String items) {
        this.body = body;
        rewrite(items);
    }

    /** Replaces the items; blank lines are dropped. */
    public void rewrite(String lines) {
        List<String> titles = titlesOf(lines);
        if (titles.isEmpty()) {
            throw new GovernanceException("agendaTemplate.items.required");
        }
        if (titles.stream().anyMatch(title -> title.length() > 300)) {
            throw new GovernanceException("text.tooLongPlain");
        }
        items = String.join("\n", titles);
    }

    /** The numbered items a new agenda gets, in order. */
    public List<AgendaItem> itemsFor(Meeting meeting) {
        List<String> titles = titlesOf(items);
        return IntStream.range(0, titles.size())
                .mapToObj(i -> new AgendaItem(meeting, i + 1, titles.get(i), kindOf(titles.get(i))))
                .toList();
    }

    /** Which kind an item with this title is. */
    public static AgendaItemKind kindOf(String title) {
        return title != null && title.strip().toLowerCase(Locale.ROOT).startsWith(OUTSTANDING_PREFIX)
                ? AgendaItemKind.OUTSTANDING_MATTERS : AgendaItemKind.REGULAR;
    }

    private static List<String> titlesOf(String lines) {
        if (lines == null) {
            return List.of();
        }
        return Arrays.stream(lines.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public Body getBody() {
        return body;
    }

    public String getItems() {
        return items;
    }
}
