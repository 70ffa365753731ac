package se.sodertorn.governance.reports.minutes;

/**
 * One numbered item: the heading "1. Välkommen", the notes, the outstanding matters (a paragraph each) and each
 * decision set apart under a "Beslut" heading with its text indented. Blank matters and decisions are left out.
 */
final class ItemSection {

    private ItemSection() {
    }

    static void write(Paragraphs paragraphs, Item item) {
        paragraphs.heading(MinutesStyles.HEADING_1,
                MinutesTexts.format("item.heading", String.valueOf(item.number()), CleanText.line(item.title())));
        paragraphs.text(MinutesStyles.NORMAL, item.notes());
        item.outstandingMatters().forEach(matter -> paragraphs.text(MinutesStyles.NORMAL, matter));
        for (String decision : item.decisions()) {
            if (!CleanText.paragraphs(decision).isEmpty()) {
                paragraphs.heading(MinutesStyles.HEADING_2, MinutesTexts.get("decision"));
                paragraphs.text(MinutesStyles.DECISION, decision);
            }
        }
    }
}
