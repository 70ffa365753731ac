package se.sodertorn.governance.web.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import se.sodertorn.governance.ejb.history.HistoryService;
import se.sodertorn.governance.ejb.history.RecordChange;
import se.sodertorn.governance.ejb.history.RecordChange.FieldChange;
import se.sodertorn.governance.ejb.history.RecordKind;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * The "Historik" dialog of a record page: the record's saved changes, newest first, each with when, who, and each
 * field from what to what, labelled in the page's language (a field or value the bundle does not name is shown as
 * it is stored).
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @EJB
    private HistoryService history;

    private List<RecordChange> changes = List.of();
    private String title;

    /** Reads the history of the record, shown under the title (e.g. the activity's). */
    public void show(RecordKind kind, long id, String recordTitle) {
        changes = history.of(kind, id);
        title = recordTitle;
    }

    public List<RecordChange> getChanges() {
        return changes;
    }

    public String getTitle() {
        return title;
    }

    /** When the change was saved, e.g. "2026-11-30 14:05". */
    public String when(RecordChange change) {
        return change.at().format(WHEN);
    }

    /** "Skapad", "Ändrad" or "Borttagen" and who did it. */
    public String headline(RecordChange change) {
        Locale locale = Faces.getLocale();
        String who = change.who() == null ? Texts.format(locale, "history.byTheApplication") : change.who();
        return Texts.format(locale, "history.kind." + change.kind(), who);
    }

    /** The field's label, e.g. "Status". */
    public String label(FieldChange field) {
        String label = Texts.format(Faces.getLocale(), field.labelKey());
        return label.equals(field.labelKey()) ? field.labelKey().substring(field.labelKey().indexOf('.') + 1) : label;
    }

    /** A value as the page names it, e.g. "Genomförd" for DONE; a dash for none. */
    public String value(FieldChange field, String value) {
        if (value == null) {
            return "–";
        }
        if (field.valueKeyPrefix() == null) {
            return value;
        }
        if (FieldChange.AMOUNT.equals(field.valueKeyPrefix())) {
            return NumberFormat.getNumberInstance(Faces.getLocale()).format(new BigDecimal(value)) + " kr";
        }
        String key = field.valueKeyPrefix() + "." + value;
        String named = Texts.format(Faces.getLocale(), key);
        return named.equals(key) ? value : named;
    }
}
