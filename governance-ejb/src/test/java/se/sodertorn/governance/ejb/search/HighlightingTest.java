package se.sodertorn.governance.ejb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HighlightingTest {

    private static final String S = String.valueOf(SearchHit.MARK_START);
    private static final String E = String.valueOf(SearchHit.MARK_END);
    private static Highlighting highlighting;

    @BeforeAll
    static void build() throws IOException {
        highlighting = new Highlighting(CustomAnalyzer.builder().withTokenizer(SwedishAnalysis.TOKENIZER)
                .addTokenFilter(SwedishAnalysis.LOWER_CASE)
                .addTokenFilter(SwedishAnalysis.STEMMER, "language", SwedishAnalysis.LANGUAGE).build(), 60);
    }

    @Test
    void marksEveryInflectionOfTheSearchedWords() {
        assertEquals("Ledningsgruppen " + S + "beslutar" + E + " om " + S + "Näringsliv" + E,
                highlighting.fragment("beslutade näringsliv", "Ledningsgruppen beslutar om Näringsliv"));
    }

    @Test
    void aWordWithAStarMarksEveryWordItStarts() {
        assertEquals("Möte i Huddinge " + S + "kommunhus" + E + " om " + S + "kommunernas" + E + " budget",
                highlighting.fragment("komm*", "Möte i Huddinge kommunhus om kommunernas budget"));
    }

    @Test
    void aTitleIsMarkedWholeHoweverLong() {
        String title = "Uppdrag om kompetensförsörjning och näringsliv i hela Södertörn, med ett långt namn";
        assertEquals(title.replace("näringsliv", S + "näringsliv" + E), highlighting.whole("Näringsliv", title));
        assertNull(highlighting.whole("budget", title));
    }

    @Test
    void anExcludedWordOrAnAbsentOneMarksNothing() {
        assertNull(highlighting.fragment("budget -beslut", "Ledningsgruppen beslutar"));
        assertNull(highlighting.fragment("\"*\"", "Ledningsgruppen beslutar"));
        assertNull(highlighting.fragment("beslut", null));
    }

    @Test
    void theFragmentIsThePartOfALongTextWhereTheWordsAre() {
        String text = "Inledning. ".repeat(40) + "Här står det att styrgruppen beslutade i maj. " + "Slut. ".repeat(40);
        String fragment = highlighting.fragment("beslut", text);
        assertTrue(fragment.contains(S + "beslutade" + E) && fragment.length() < 120, fragment);
        String start = highlighting.start(text);
        assertTrue(start.startsWith("Inledning.") && start.endsWith(" …") && start.length() <= 62, start);
        assertEquals("Kort text", highlighting.start("Kort text"));
    }
}
