package se.sodertorn.governance.reports.minutes;

import java.util.List;

/**
 * One numbered item: the heading "1. Välkommen", its papers under "Bilagor", the notes, the outstanding matters carried from earlier meetings,
 * each decision set apart under a "Beslut" heading with its text indented, and the action items given at the item
 * under an "Uppdrag" heading. Blank matters, decisions and action items are left out, and so is a heading with
 * nothing under it.
 */
final class ItemSection {

    private ItemSection() {
    }

    static void write(Paragraphs paragraphs, Item item) {
        paragraphs.heading(MinutesStyles.HEADING_1,
                MinutesTexts.format("item.heading", String.valueOf(item.number()), CleanText.line(item.title())));
        papers(paragraphs, item);
        paragraphs.text(MinutesStyles.NORMAL, item.notes());
        ActionLines.write(paragraphs, item.outstandingMatters());
        for (String decision : item.decisions()) {
            if (!CleanText.paragraphs(decision).isEmpty()) {
                paragraphs.heading(MinutesStyles.HEADING_2, MinutesTexts.get("decision"));
                paragraphs.text(MinutesStyles.DECISION, decision);
            }
        }
        List<ActionLine> actions = ActionLines.withText(item.actions());
        if (!actions.isEmpty()) {
            paragraphs.heading(MinutesStyles.HEADING_2, MinutesTexts.get("action.heading"));
            ActionLines.write(paragraphs, actions);
        }
    }

    /** The item's papers under a "Bilagor" heading, one line each; nothing when it has none. */
    static void papers(Paragraphs paragraphs, Item item) {
        List<String> papers = item.papers().stream().filter(p -> !CleanText.line(p).isBlank()).toList();
        if (!papers.isEmpty()) {
            paragraphs.heading(MinutesStyles.HEADING_2, MinutesTexts.get("papers"));
            papers.forEach(paper -> paragraphs.line(MinutesStyles.NORMAL, paper));
        }
    }
}
