package se.sodertorn.governance.ejb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.Fragmenter;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import se.sodertorn.governance.domain.meeting.PaperText;

/**
 * The part of a hit's text where the searched words occur, each occurrence marked, by Lucene's highlighter with the
 * index's own analyzer, so that "beslutade" marks "beslutar" too. (WildFly's Lucene module has no highlighter, so
 * Hibernate Search's highlight projection cannot run there; the application brings the highlighter.)
 */
final class Highlighting {

    /**
     * A searched word: letters and digits, not after a minus (an excluded word) or inside a word, and a trailing *
     * when it is the start of words.
     */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}-])([\\p{L}\\p{N}]+)(\\*?)");
    private static final String FIELD = "text";

    private final Analyzer analyzer;
    private final int fragmentSize;

    /**
     * @param analyzer     the analyzer the searched fields were indexed with
     * @param fragmentSize characters of a fragment, about
     */
    Highlighting(Analyzer analyzer, int fragmentSize) {
        this.analyzer = analyzer;
        this.fragmentSize = fragmentSize;
    }

    /**
     * The best fragment of {@code text} for the query's words, marked with {@link SearchHit#MARK_START} and
     * {@link SearchHit#MARK_END}, or {@code null} when none of them occurs in it (or there is no text).
     */
    String fragment(String query, String text) {
        return marked(query, text, new SimpleFragmenter(fragmentSize));
    }

    /**
     * The whole of a short text (a title) with the query's words marked as in {@link #fragment}, or {@code null} when
     * none of them occurs in it.
     */
    String whole(String query, String text) {
        return marked(query, text, new NullFragmenter());
    }

    private String marked(String query, String text, Fragmenter fragmenter) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        Matcher word = WORD.matcher(query);
        boolean any = false;
        while (word.find()) {
            if (word.group(2).isEmpty()) {
                for (String term : terms(word.group(1))) {
                    words.add(new TermQuery(new Term(FIELD, term)), BooleanClause.Occur.SHOULD);
                    any = true;
                }
            } else {
                words.add(new PrefixQuery(new Term(FIELD, word.group(1).toLowerCase(Locale.ROOT))),
                        BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter(String.valueOf(SearchHit.MARK_START),
                String.valueOf(SearchHit.MARK_END)), new QueryScorer(words.build(), FIELD));
        highlighter.setTextFragmenter(fragmenter);
        highlighter.setMaxDocCharsToAnalyze(PaperText.CONTENT_MAX);
        try {
            return highlighter.getBestFragment(analyzer, FIELD, text);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InvalidTokenOffsetsException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The start of the text, cut at a space near {@code fragmentSize}, for a hit found by its title only. */
    String start(String text) {
        if (text == null || text.length() <= fragmentSize) {
            return text;
        }
        int cut = text.lastIndexOf(' ', fragmentSize);
        return text.substring(0, cut > fragmentSize / 2 ? cut : fragmentSize) + " …";
    }

    /** The index's terms of one word, e.g. "beslut" for "beslutade". */
    private Set<String> terms(String word) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return terms;
    }
}
