package se.sodertorn.governance.reports.minutes;

import java.util.List;

/**
 * One numbered item of the minutes, e.g. "1. Välkommen". Texts may be {@code null}; blank lines in the notes and
 * decisions separate paragraphs, single line breaks are kept as breaks.
 *
 * @param number             the item's number
 * @param title              the title, e.g. "Välkommen"
 * @param notes              what was said, or {@code null}
 * @param outstandingMatters follow-ups recorded under the item, one paragraph each; {@code null} means none
 * @param decisions          the decisions, each shown under its own "Beslut" heading; {@code null} means none
 */
public record Item(int number, String title, String notes, List<String> outstandingMatters, List<String> decisions) {

    public Item {
        outstandingMatters = Lists.copy(outstandingMatters);
        decisions = Lists.copy(decisions);
    }
}
