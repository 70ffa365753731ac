package se.sodertorn.governance.ejb.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzer of the searched texts: Lucene's standard tokenizer, lower case, and the Snowball stemmer for Swedish,
 * so that "beslutade", "besluten" and "beslut" all find "beslut". Named in persistence.xml
 * ({@code hibernate.search.backend.analysis.configurer}).
 */
public class SwedishAnalysis implements LuceneAnalysisConfigurer {

    /** The analyzer's name in the index mapping. */
    public static final String SWEDISH = "swedish";
    /** Lucene's names of the tokenizer and filters, in order, with the stemmer's language. */
    public static final String TOKENIZER = "standard";
    public static final String LOWER_CASE = "lowercase";
    public static final String STEMMER = "snowballPorter";
    public static final String LANGUAGE = "Swedish";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SWEDISH).custom()
                .tokenizer(TOKENIZER)
                .tokenFilter(LOWER_CASE)
                .tokenFilter(STEMMER).param("language", LANGUAGE);
    }
}
