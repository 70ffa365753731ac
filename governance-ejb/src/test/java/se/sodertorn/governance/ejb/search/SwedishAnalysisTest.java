package se.sodertorn.governance.ejb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyzer {@link SwedishAnalysis} defines, built by Lucene from the same names: what it makes of Swedish. */
class SwedishAnalysisTest {

    private static CustomAnalyzer swedish;

    @BeforeAll
    static void build() throws IOException {
        swedish = CustomAnalyzer.builder().withTokenizer(SwedishAnalysis.TOKENIZER)
                .addTokenFilter(SwedishAnalysis.LOWER_CASE)
                .addTokenFilter(SwedishAnalysis.STEMMER, "language", SwedishAnalysis.LANGUAGE).build();
    }

    private static List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = swedish.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void inflectionsOfAWordMeetInOneStem() throws IOException {
        String stem = terms("beslut").get(0);
        for (String inflected : List.of("beslutade", "Beslutar", "besluta", "BESLUTADE")) {
            assertEquals(List.of(stem), terms(inflected), inflected);
        }
        assertEquals(terms("beslut"), terms("besluten"));
        assertEquals(terms("aktivitet"), terms("aktiviteterna"));
    }

    @Test
    void swedishLettersStayAndDifferentWordsStayApart() throws IOException {
        assertEquals(List.of("mötesplan", "kompetensförsörjning"), terms("Mötesplan, kompetensförsörjning!"));
        assertNotEquals(terms("beslut"), terms("budget"));
        assertEquals(List.of("2040"), terms("2040"));
    }
}
