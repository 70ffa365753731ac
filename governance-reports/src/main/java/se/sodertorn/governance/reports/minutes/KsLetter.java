package se.sodertorn.governance.reports.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A letter (tjänsteskrivelse) to one municipality's executive board (KS) asking it to adopt a decision of the
 * cooperation, as the secretariat sends one to each member municipality after SSK has decided.
 *
 * @param municipality the municipality's name, e.g. "Botkyrka"
 * @param written      the letter's date
 * @param subject      what the decision is about: its agenda item's title
 * @param bodyName     the deciding body's full name, e.g. "Södertörnskommunernas samarbetskommitté"
 * @param bodyShort    its short name, e.g. "SSK"
 * @param decidedOn    the day of the meeting that decided
 * @param itemNumber   the item's number in that meeting's minutes
 * @param decision     the decision's text
 * @param chain        the steps before and after, one line each (e.g. "LG rekommenderade den 2 december 2022 …")
 * @param contribution the municipality's figure where the decision concerns money, e.g. "Botkyrkas bidrag enligt
 *                     budgeten 2023: 1 234 567 kr (22,3 %)"; {@code null} for none
 * @param sender       who sends it (the secretariat's contact), or {@code null}
 */
public record KsLetter(String municipality, LocalDate written, String subject, String bodyName, String bodyShort,
                       LocalDate decidedOn, int itemNumber, String decision, List<String> chain, String contribution,
                       String sender) {

    public KsLetter {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(decidedOn, "decidedOn");
        chain = Lists.copy(chain);
    }
}
