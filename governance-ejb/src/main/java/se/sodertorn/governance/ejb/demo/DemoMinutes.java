package se.sodertorn.governance.ejb.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** The ten items of the management group's minutes of 2 December 2022: number → title and notes, as written. */
final class DemoMinutes {

    private DemoMinutes() {
    }

    static Map<Integer, String[]> items() {
        Map<Integer, String[]> items = new LinkedHashMap<>();
        items.put(1, new String[] {"Välkommen",
            "Magnus Gyllestad hälsar alla välkomna till årets sista ledningsgruppsmöte."});
        items.put(2, new String[] {"Val av justerare", "Camilla Broo valdes till justerare."});
        items.put(3, new String[] {"Utestående ärenden och föregående möten",
            "Helene Olofsson går igenom alla utestående ärenden från ledningsgruppens möten under 2022. De som "
                + "återstår är:"});
        items.put(4, new String[] {"Kommande möten", """
            Mötesplan 2023
            Helene Olofsson går igenom det förslag till mötesplan för ledningsgruppens möten och samarbetskommitténs \
            sammanträden under år 2023 som skickats ut som underlag. Förslaget är avstämt mot StorSthlms planerade möten.

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

            Förslaget datum för Södertörnskonferensen fungerar inte pga möteskrock med Mälartinget. Nytt förslag kommer \
            tas fram och presenteras senare.

            Helene Olofsson kommer snarast skicka ut möteskallelser i Outlook till nya Samarbetskommittén och \
            ledningsgruppen.

            Samarbetskommitténs planeringskonferens 2023
            Förslagsvis hålls den på Hågelbygård och startar med gemensam lunch och avslutas med middag.

            Agendan för mötet föreslås innehålla följande punkter:
            - Presentation av alla kommuner
            - Introduktion till Södertörnssamverkan (varför vi samverkar och hur samverkan fungerar)
            - Historik, vad gör vi inom Södertörnsamverkan och vad har vi lyckats med.
            - Förslag SUP2040 redovisas
            - Upplägg Södertörnskonferensen 2023"""});
        items.put(5, new String[] {"Verksamhetsplan och budget", """
            Verksamhetsplan 2022
            Helene Olofsson redovisar övergripande vad som är uppnått inom årets verksamhetsplan. Detta kommer \
            redovisas mer i årsredovisningen. I stort är aktivisterna genomförda med undantag för aktiviteter kopplat \
            till fokusområde ”Näringsliv” där flertalet aktiviteter inte blivit genomförda under året.

            Verksamhetsplan 2023
            Nästkommande års verksamhetsplan är inte framtagen ännu. Den kommer tas fram efter att nytt \
            utvecklingsprogram, SUP 2040 är beslutat."""});
        items.put(6, new String[] {"Förslag ordförande och vice ordförande för Samarbetskommittén år 2023",
            "Helene Olofsson redovisar förslaget som skickats ut inför mötet."});
        items.put(7, new String[] {"Nytt utvecklingsprogram", """
            Hantering och insatser framåt för SUP 2040
            Helene Olofsson redovisar processen där första steget är att SUP2040 ska beslutas av nya \
            Samarbetskommittén. Efter detta sätts processer ingång med att informera befintliga nätverk, starta upp \
            nya organisationen, ta fram verksamhetsplan för 2023, slutlig layout av SUP2040 och tjänsteskrivelser \
            till KS i respektive kommun. Processerna kan starta upp före SUP2040 är formellt antagna i alla kommuners KS.

            Rekommendationer och vägval för Trygghet- och brottsförebyggande frågor inom Södertörnssamverkan.

            Diskussion"""});
        items.put(8, new String[] {"Södertörnskonferensen",
            "Helene Olofsson redovisar justerat förslag till upplägg för Södertörnskonferensen 2023."});
        items.put(9, new String[] {"Övriga frågor", "Inga övriga frågor."});
        items.put(10, new String[] {"Nästa möte", """
            Ledningsgruppen träffas nästa gång den 10 februari kl 8.30-11.00 i Huddinge kommunhus.

            Alla tackar Frida Nilsson och Petra Kålbäck för deras insats och medverkan i Södertörnskommunerna \
            ledningsgrupp.

            Magnus Gyllestad tackar, avslutar mötet och önskar god jul!"""});
        return items;
    }
}
