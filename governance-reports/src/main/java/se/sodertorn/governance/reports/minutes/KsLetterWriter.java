package se.sodertorn.governance.reports.minutes;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a letter to a municipality's executive board as a Word document (DOCX) in the cooperation's look: the
 * heading "Tjänsteskrivelse" with the date, the addressee "Kommunstyrelsen i … kommun", the subject, the decision
 * as the body decided it (indented), the steps of its chain, the municipality's own figure where there is one, the
 * proposed decision for the board and the sender. Instances hold no state and may be shared.
 */
public final class KsLetterWriter {

    /**
     * @param letter the letter
     * @param out    where the document goes; not closed
     * @throws IOException when writing fails
     */
    public void write(KsLetter letter, OutputStream out) throws IOException {
        Objects.requireNonNull(letter, "letter");
        String municipality = CleanText.line(letter.municipality());
        String addressee = MinutesTexts.format("letter.addressee", municipality);
        String decided = MeetingTime.date(letter.decidedOn());
        CooperationDocument.write(MinutesTexts.format("letter.title", addressee, CleanText.line(letter.subject())),
                letter.sender(), (document, paragraphs) -> {
                    paragraphs.line(MinutesStyles.TITLE, MinutesTexts.get("letter.kind"));
                    paragraphs.facts(MinutesTexts.get("letter.date"), MeetingTime.date(letter.written()));
                    paragraphs.facts(MinutesTexts.get("letter.to"), addressee);
                    paragraphs.heading(MinutesStyles.HEADING_1, MinutesTexts.format("letter.subject",
                            CleanText.line(letter.subject())));
                    paragraphs.text(MinutesStyles.NORMAL, MinutesTexts.format("letter.decided",
                            CleanText.line(letter.bodyName()), decided, String.valueOf(letter.itemNumber())));
                    paragraphs.text(MinutesStyles.DECISION, letter.decision());
                    if (!letter.chain().isEmpty()) {
                        paragraphs.heading(MinutesStyles.HEADING_2, MinutesTexts.get("letter.chain"));
                        letter.chain().forEach(step -> paragraphs.line(MinutesStyles.NORMAL, step));
                    }
                    if (letter.contribution() != null) {
                        paragraphs.heading(MinutesStyles.HEADING_2, MinutesTexts.format("letter.money", municipality));
                        paragraphs.line(MinutesStyles.NORMAL, letter.contribution());
                    }
                    paragraphs.heading(MinutesStyles.HEADING_2, MinutesTexts.get("letter.proposal"));
                    paragraphs.text(MinutesStyles.DECISION, MinutesTexts.format("letter.proposalText", addressee,
                            CleanText.line(letter.bodyShort()), decided, CleanText.line(letter.subject())));
                    paragraphs.facts(MinutesTexts.get("letter.sender"), letter.sender());
                }, out);
    }
}
