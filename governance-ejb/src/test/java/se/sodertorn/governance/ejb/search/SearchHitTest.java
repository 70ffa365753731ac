package se.sodertorn.governance.ejb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.shared.GovernanceException;

class SearchHitTest {

    private static SearchHit hit(String fragment) {
        return new SearchHit(SearchKind.DECISION, 1, "Titel", null, fragment, "decisions/decision.xhtml?id=1");
    }

    @Test
    void theFragmentIsEscapedHtmlWithTheFoundWordsMarked() {
        String fragment = "LG " + SearchHit.MARK_START + "beslutade" + SearchHit.MARK_END + " <b>att</b> & \"så\" 'vidare'";
        assertEquals("LG <mark>beslutade</mark> &lt;b&gt;att&lt;/b&gt; &amp; &quot;så&quot; &#39;vidare&#39;",
                hit(fragment).fragmentHtml());
        assertEquals("", hit(null).fragmentHtml());
        assertEquals("Titel", hit(null).titleHtml(), "no word in the title: the title as it is");
        assertEquals("Budget &amp; <mark>beslut</mark>", new SearchHit(SearchKind.DECISION, 1, "Budget & beslut",
                "Budget & " + SearchHit.MARK_START + "beslut" + SearchHit.MARK_END, null, "x").titleHtml());
    }

    @Test
    void aQueryNeedsWordsOfABoundedLength() {
        assertEquals("beslut", new SearchQuery("  beslut ", null, null, null).text());
        assertEquals("search.textRequired",
                assertThrows(GovernanceException.class, () -> new SearchQuery(" ", null, null, null)).getMessageKey());
        assertEquals("search.textRequired",
                assertThrows(GovernanceException.class, () -> new SearchQuery(null, null, null, null)).getMessageKey());
        new SearchQuery("x".repeat(SearchQuery.TEXT_MAX), null, null, null);
        for (String operatorsOnly : new String[] {"*", "\"\"\"", "-*", "- -", "?"}) {
            assertEquals("search.noWords", assertThrows(GovernanceException.class,
                    () -> new SearchQuery(operatorsOnly, null, null, null)).getMessageKey(), operatorsOnly);
        }
        assertEquals("2040*", new SearchQuery("2040*", null, null, null).text());
        assertEquals("search.textTooLong", assertThrows(GovernanceException.class,
                () -> new SearchQuery("x".repeat(SearchQuery.TEXT_MAX + 1), null, null, null)).getMessageKey());
    }

    @Test
    void aQueryMustAskForAWordNotOnlyLeaveWordsOut() {
        for (String onlyExcluded : new String[] {"-beslut", "-beslut -budget", "+-beslut", "(-beslut", "-\"beslut om budget\""}) {
            assertEquals("search.onlyExcluded", assertThrows(GovernanceException.class,
                    () -> new SearchQuery(onlyExcluded, null, null, null)).getMessageKey(), onlyExcluded);
        }
        for (String wanted : new String[] {"budget -beslut", "-beslut budget", "\"beslut om\" -budget", "a-b",
                "-beslut +budget", "budget|-beslut"}) {
            assertEquals(wanted, new SearchQuery(wanted, null, null, null).text());
        }
    }

    @Test
    void kindsAreNamedByTheirKeys() {
        assertEquals("agenda-item", SearchKind.AGENDA_ITEM.key());
        for (SearchKind kind : SearchKind.values()) {
            assertEquals(kind, SearchKind.ofKey(kind.key()).orElseThrow());
        }
        assertEquals(java.util.Optional.empty(), SearchKind.ofKey("minutes"));
    }
}
