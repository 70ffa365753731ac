package se.sodertorn.governance.reports.minutes;

import java.util.List;

/**
 * One numbered item of the minutes, e.g. "1. Välkommen". Texts may be {@code null}; blank lines in the notes and
 * decisions separate paragraphs, single line breaks are kept as breaks.
 *
 * @param number             the item's number
 * @param title              the title, e.g. "Välkommen"
 * @param notes              what was said, or {@code null}
 * @param outstandingMatters the matters this item (the "Utestående ärenden" item) carried from earlier meetings;
 *                           {@code null} means none
 * @param decisions          the decisions, each shown under its own "Beslut" heading; {@code null} means none
 * @param actions            the action items given at this item, shown under "Uppdrag"; {@code null} means none
 * @param papers             the item's papers, one line each under "Bilagor", e.g. "3.1 Förslag till mötesplan
 *                           (forslag.pdf)"; {@code null} means none
 */
public record Item(int number, String title, String notes, List<ActionLine> outstandingMatters,
                   List<String> decisions, List<ActionLine> actions, List<String> papers) {

    public Item {
        outstandingMatters = Lists.copy(outstandingMatters);
        decisions = Lists.copy(decisions);
        actions = Lists.copy(actions);
        papers = Lists.copy(papers);
    }

    /** An item without papers. */
    public Item(int number, String title, String notes, List<ActionLine> outstandingMatters, List<String> decisions,
            List<ActionLine> actions) {
        this(number, title, notes, outstandingMatters, decisions, actions, List.of());
    }

    /** An item of an agenda: its number, title and papers, nothing recorded yet. */
    public static Item onAgenda(int number, String title, List<String> papers) {
        return new Item(number, title, null, List.of(), List.of(), List.of(), papers);
    }
}
