package se.sodertorn.governance.ejb.search;

/** Names of the fields every search index has (see {@link SearchEntryBinder}). */
final class SearchFields {

    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String BODY = "bodyId";
    static final String YEAR = "year";
    static final String LINK = "link";

    private SearchFields() {
    }
}
