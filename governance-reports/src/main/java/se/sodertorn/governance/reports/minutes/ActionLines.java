package se.sodertorn.governance.reports.minutes;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes action items — matters carried from earlier meetings and items given at this one alike: each task's text,
 * then a small muted line with who is responsible, when it is due and whether this meeting closed it, e.g.
 * "Ansvarig: Helene Olofsson · Klart till: början av 2023 · Avslutat vid mötet". Unknown parts are left out, the
 * line too when nothing is known, and so are tasks without text.
 */
final class ActionLines {

    private ActionLines() {
    }

    /** @return the items that have text to show */
    static List<ActionLine> withText(List<ActionLine> lines) {
        return lines.stream().filter(line -> !CleanText.paragraphs(line.text()).isEmpty()).toList();
    }

    static void write(Paragraphs paragraphs, List<ActionLine> lines) {
        for (ActionLine line : withText(lines)) {
            String details = details(line);
            if (details.isEmpty()) {
                paragraphs.text(MinutesStyles.NORMAL, line.text());
            } else {
                paragraphs.text(MinutesStyles.ACTION, line.text());
                paragraphs.line(MinutesStyles.ACTION_DETAILS, details);
            }
        }
    }

    /** @return e.g. "Ansvarig: Helene Olofsson · Klart till: början av 2023", or empty when nothing is known */
    static String details(ActionLine line) {
        List<String> parts = new ArrayList<>();
        String responsible = CleanText.line(line.responsible());
        if (!responsible.isEmpty()) {
            parts.add(MinutesTexts.format("action.responsible", responsible));
        }
        String due = CleanText.line(line.due());
        if (!due.isEmpty()) {
            parts.add(MinutesTexts.format("action.due", due));
        }
        if (line.closedHere()) {
            parts.add(MinutesTexts.get("action.closedHere"));
        }
        return String.join(MinutesTexts.get("action.separator"), parts);
    }
}
