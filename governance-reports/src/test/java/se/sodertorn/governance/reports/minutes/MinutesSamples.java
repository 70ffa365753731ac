package se.sodertorn.governance.reports.minutes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The ledningsgrupp meeting of 2 December 2022, as in its real minutes, and helpers to write and read it back. */
final class MinutesSamples {

    static final String SECRETARY = "Helene Olofsson";
    static final String ADJUSTER = "Camilla Broo";

    /** The four matters carried from LG's earlier meetings, all still open, as the demo holds them. */
    static final List<ActionLine> OUTSTANDING = List.of(
            new ActionLine("Helene Olofsson tar kontakt med regionen i början på 2023 för ytterligare avstämningar "
                    + "och dialogmöten på olika nivåer mellan Södertörnskommunerna och Regionen avseende nya RUFS.",
                    SECRETARY, "början av 2023", false),
            new ActionLine("Helene Olofsson återkommer med förslag på ledningsgruppsmöte i vår då klimatnätverket "
                    + "kan redovisa resultat från samverkan BioDrivÖst.", SECRETARY, "våren 2023", false),
            new ActionLine("Helene Olofsson återkommer i frågan om kostnader för att ha samarbetsytan i drift på "
                    + "Södertörnskommunerna webbplats samt försöker reda ut varför vissa kommuner har svårt att "
                    + "komma åt team i Teams.", SECRETARY, null, false),
            new ActionLine("Diskussion om externa gäster på ledningsgruppens möten under 2023 genomförs på "
                    + "ledningsgruppsmöte i början av nästa år.", "Magnus Gyllestad", "början av 2023", false));

    static final String INVITATIONS_ACTION = "Skicka ut möteskallelser i Outlook till nya Samarbetskommittén och "
            + "ledningsgruppen.";
    static final String CONFERENCE_DATE_ACTION = "Ta fram ett nytt förslag till datum för Södertörnskonferensen.";
    static final String CONFERENCE_PLAN_ACTION = "Föredra förslaget till upplägg för Samarbetskommittén på deras "
            + "planeringskonferens.";

    static final String CHAIR_DECISION = "Ledningsgruppen står bakom förslaget som innebär att Botkyrka blir "
            + "ordförande och Salem vice ordförande för Samarbetskommittén år 2023. Förslaget skickas ut till nya "
            + "samarbetskommittén för beslut under december.";
    static final String SUP_DECISION = "Ledningsgruppen rekommenderar Samarbetskommittén att inte ta med "
            + "”trygghets- och brottsförebyggande frågor” i nästkommande utvecklingsprogram (SUP2040).";
    static final String CONFERENCE_DECISION = "Ledningsgruppen beslutar att det redovisade förslaget kan föredras "
            + "för Samarbetskommittén på deras planeringskonferens i januari 2023.";

    static final String MEETINGS_NOTES = """
            Mötesplan 2023
            Helene Olofsson går igenom det förslag till mötesplan för ledningsgruppens möten och \
            samarbetskommitténs sammanträden under år 2023 som skickats ut som underlag. Förslaget är avstämt mot \
            StorSthlms planerade möten.

            Förslaget justeras under mötet och följande datum beslutas:

            - SSK, torsdag 12 januari (planeringskonferens em)

            - LG, fredag 10 februari

            - SSK, torsdag 16 mars

            - LG, fredag 28 april

            - SSK, torsdag 4 maj (Obs datum har justerats i efterhand)

            - LG, fredag 9 juni

            - SSK torsdag 17 augusti

            - LG planeringskonferens, torsdag den 21 september (em)

            - SSK, torsdag 12 oktober

            - LG, fredag 27 oktober

            - SSK, torsdag 16 november

            - LG, fredag 15 december (avslut med lunch)

            Förslaget datum för Södertörnskonferensen fungerar inte pga möteskrock med Mälartinget. Nytt förslag \
            kommer tas fram och presenteras senare.

            Helene Olofsson kommer snarast skicka ut möteskallelser i Outlook till nya Samarbetskommittén och \
            ledningsgruppen.

            Samarbetskommitténs planeringskonferens 2023
            Förslagsvis hålls den på Hågelbygård och startar med gemensam lunch och avslutas med middag.

            Agendan för mötet föreslås innehålla följande punkter:

            - Presentation av alla kommuner

            - Introduktion till Södertörnssamverkan (varför vi samverkar och hur samverkan fungerar)

            - Historik, vad gör vi inom Södertörnsamverkan och vad har vi lyckats med.

            - Förslag SUP2040 redovisas

            - Upplägg Södertörnskonferensen 2023
            """;

    static final String PLAN_NOTES = """
            Verksamhetsplan 2022
            Helene Olofsson redovisar övergripande vad som är uppnått inom årets verksamhetsplan. Detta kommer \
            redovisas mer i årsredovisningen. I stort är aktivisterna genomförda med undantag för aktiviteter \
            kopplat till fokusområde ”Näringsliv” där flertalet aktiviteter inte blivit genomförda under året.

            Verksamhetsplan 2023
            Nästkommande års verksamhetsplan är inte framtagen ännu. Den kommer tas fram efter att nytt \
            utvecklingsprogram, SUP 2040 är beslutat.
            """;

    static final String SUP_NOTES = """
            Hantering och insatser framåt för SUP 2040
            Helene Olofsson redovisar processen där första steget är att SUP2040 ska beslutas av nya \
            Samarbetskommittén. Efter detta sätts processer ingång med att informera befintliga nätverk, starta upp \
            nya organisationen, ta fram verksamhetsplan för 2023, slutlig layout av SUP2040 och tjänsteskrivelser \
            till KS i respektive kommun.
            Processerna kan starta upp före SUP2040 är formellt antagna i alla kommuners KS.

            Rekommendationer och vägval för Trygghet- och brottsförebyggande frågor inom Södertörnssamverkan.

            Diskussion
            """;

    static final String NEXT_MEETING_NOTES = """
            Ledningsgruppen träffas nästa gång den 10 februari kl 8.30-11.00 i Huddinge kommunhus.

            Alla tackar Frida Nilsson och Petra Kålbäck för deras insats och medverkan i Södertörnskommunerna \
            ledningsgrupp.

            Magnus Gyllestad tackar, avslutar mötet och önskar god jul!
            """;

    private MinutesSamples() {
    }

    /** @return the meeting of 2 December 2022, still a draft */
    static MinutesReport seedMeeting() {
        return new MinutesReport("Södertörnskommunernas ledningsgrupp", LocalDateTime.of(2022, 12, 2, 8, 30),
                LocalDateTime.of(2022, 12, 2, 10, 30), "Huddinge kommunhus, lokal Valhall", present(), absent(),
                List.of(), items(), SECRETARY, ADJUSTER, MinutesState.DRAFT, null, List.of());
    }

    static List<Attendee> present() {
        return List.of(
                new Attendee("Magnus Gyllestad", "Haninge", "ordförande"),
                new Attendee("Camilla Broo", "Huddinge", null),
                new Attendee("Frida Nilsson", "Nykvarn", null),
                new Attendee("Petra Kålbäck", "Nynäshamn", null),
                new Attendee("Stefan Hollmark", "Södertälje", null),
                new Attendee("Helene Olofsson", "Södertörnskommunerna", null));
    }

    static List<Attendee> absent() {
        return List.of(
                new Attendee("Leif Eriksson", "Botkyrka", null),
                new Attendee("Mats Bergström", "Salem", null),
                new Attendee("Cynthia Runefjärd", "Tyresö", null));
    }

    static List<Item> items() {
        return List.of(
                item(1, "Välkommen",
                        "Magnus Gyllestad hälsar alla välkomna till årets sista ledningsgruppsmöte."),
                item(2, "Val av justerare", "Camilla Broo valdes till justerare."),
                new Item(3, "Utestående ärenden och föregående möten",
                        "Helene Olofsson går igenom alla utestående ärenden från ledningsgruppens möten under 2022. "
                                + "De som återstår är:", OUTSTANDING, List.of(), List.of()),
                new Item(4, "Kommande möten", MEETINGS_NOTES, List.of(), List.of(), List.of(
                        new ActionLine(INVITATIONS_ACTION, SECRETARY, "2022-12-16", false),
                        new ActionLine(CONFERENCE_DATE_ACTION, SECRETARY, null, false))),
                item(5, "Verksamhetsplan och budget", PLAN_NOTES),
                new Item(6, "Förslag ordförande och vice ordförande för Samarbetskommittén år 2023",
                        "Helene Olofsson redovisar förslaget som skickats ut inför mötet.", List.of(),
                        List.of(CHAIR_DECISION), List.of()),
                new Item(7, "Nytt utvecklingsprogram", SUP_NOTES, List.of(), List.of(SUP_DECISION), List.of()),
                new Item(8, "Södertörnskonferensen", "Helene Olofsson redovisar justerat förslag till upplägg för "
                        + "Södertörnskonferensen 2023.", List.of(), List.of(CONFERENCE_DECISION),
                        List.of(new ActionLine(CONFERENCE_PLAN_ACTION, null, "januari 2023", false))),
                item(9, "Övriga frågor", "Inga övriga frågor."),
                item(10, "Nästa möte", NEXT_MEETING_NOTES));
    }

    /** @return a draft of LG's meeting of 10 February 2023 holding only the items */
    static MinutesReport draftWith(Item... items) {
        return new MinutesReport("LG", LocalDateTime.of(2023, 2, 10, 8, 30), null, "", null, null, null,
                List.of(items), SECRETARY, ADJUSTER, MinutesState.DRAFT, null, null);
    }

    /** @return the seed meeting approved by the adjuster on 9 December 2022, with one later correction */
    static MinutesReport approvedWithCorrection() {
        MinutesReport seed = seedMeeting();
        return new MinutesReport(seed.bodyName(), seed.start(), seed.end(), seed.place(), seed.present(),
                seed.absent(), List.of(new Attendee("Anna Andersson", "Region Stockholm", "föredragande")),
                seed.items(), SECRETARY, ADJUSTER, MinutesState.APPROVED, LocalDate.of(2022, 12, 9),
                List.of(new Correction(LocalDate.of(2022, 12, 14), SECRETARY,
                        "SSK-mötet i maj flyttas till torsdag 4 maj.\n\nÖvriga datum gäller.")));
    }

    static byte[] docx(MinutesReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinutesDocumentWriter().write(report, out);
        return out.toByteArray();
    }

    static XWPFDocument read(MinutesReport report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx(report)));
    }

    private static Item item(int number, String title, String notes) {
        return new Item(number, title, notes, null, null, null);
    }
}
