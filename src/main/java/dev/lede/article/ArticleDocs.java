package dev.lede.article;

/** The longer texts of the article operations in the API reference. */
final class ArticleDocs {
    static final String FROM = "Published on or after this date (2024-10-01) or instant (2024-10-01T00:00:00Z), UTC";
    static final String TO = "Published on or before this date (whole day) or before this instant, UTC";
    static final String Q = "Only articles matching these words (web-search syntax: \"phrase\", or, -word), "
            + "in the usual order";
    static final String FIELDS = "Comma-separated fields to return of each item (sparse fieldset), e.g. "
            + "`slug,headline`";
    static final String STATUS = "`published` (default); `draft` (last edited first) or `scheduled` need an editor key";
    static final String GET =
            "With an editor key, drafts and scheduled articles too (answered `Cache-Control: private, no-store`). A "
            + "slug the article had before its headline changed answers 301 with the current one in `Location`.";
    static final String MOVED = "The article's former slug: `Location` names its current API URL, "
            + "`Link: <…>; rel=\"canonical\"` its current address on the site, for redirecting the old one";
    static final String SLUG = "why-north-korea-is-sending-troops-to-russia-and-how-it-risks-an-escalation-spiral";
    static final String ONE_FIELDS = "Comma-separated fields to return (sparse fieldset), e.g. `slug,headline,body`";
    static final String INCLUDE = "Comma-separated objects to embed: `navigation` (previous, next and 5 related "
            + "articles)";

    private ArticleDocs() {
    }
}
