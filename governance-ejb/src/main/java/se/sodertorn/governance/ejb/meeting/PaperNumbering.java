package se.sodertorn.governance.ejb.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.meeting.PaperFileName;
import se.sodertorn.governance.domain.meeting.PaperVersion;

/**
 * The current papers of a meeting numbered as the agenda, the minutes and the meeting pack show them: "3.1" is the
 * first paper of item 3, counting in the order the papers were added.
 */
final class PaperNumbering {

    private final Map<Long, List<PaperVersion>> currentByItem = new LinkedHashMap<>();

    /** @param versions every version of the meeting's papers, as {@link PaperService#versions} orders them */
    PaperNumbering(List<PaperVersion> versions) {
        for (PaperVersion version : versions) {
            if (version.isLatest()) {
                currentByItem.computeIfAbsent(version.getPaper().getAgendaItem().getId(), k -> new ArrayList<>())
                        .add(version);
            }
        }
    }

    /** The item's current papers in order, or none. */
    List<PaperVersion> of(long itemId) {
        return currentByItem.getOrDefault(itemId, List.of());
    }

    /** Every current paper, by item and in order within the item. */
    List<PaperVersion> all() {
        return currentByItem.values().stream().flatMap(List::stream).toList();
    }

    /** The paper's number, e.g. "3.1". */
    String number(PaperVersion version) {
        List<PaperVersion> ofItem = of(version.getPaper().getAgendaItem().getId());
        return version.getPaper().getAgendaItem().getNumber() + "." + (ofItem.indexOf(version) + 1);
    }

    /** The item's papers as the agenda and the minutes list them: "3.1 Förslag till mötesplan (forslag.pdf)". */
    List<String> lines(long itemId) {
        return of(itemId).stream().map(v -> number(v) + " " + v.getPaper().getTitle() + " (" + v.getFileName() + ")")
                .toList();
    }

    /**
     * The paper's name in the meeting pack: its number, with two digits for the item and the paper so that the
     * files sort in agenda order, then its file's name as the agenda lists it, e.g. "03.01 forslag.pdf".
     */
    String packName(PaperVersion version) {
        String number = String.format("%02d.%02d", version.getPaper().getAgendaItem().getNumber(),
                of(version.getPaper().getAgendaItem().getId()).indexOf(version) + 1);
        String extension = PaperTypes.extension(version.getMediaType());
        return PaperFileName.of(number + " " + version.getFileName(), extension);
    }
}
