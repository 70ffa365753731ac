package se.sodertorn.governance.reports.minutes;

import java.util.List;

/**
 * One numbered item: the heading "1. Välkommen", the notes, the outstanding matters carried from earlier meetings,
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
}
