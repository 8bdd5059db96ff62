package dev.lede.search;

import dev.lede.database.PlanCacheMode;
import dev.lede.fulltext.SearchQuery;
import dev.lede.paging.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ranked full-text matches over published articles and visible quotes. */
@ApplicationScoped
public class SearchRepository {
    // Article weights for D, C, B, A (headline A ranks above standfirst B above body C);
    // a quote's words count as body text.
    private static final String ARTICLE_WEIGHTS = "'{0.1,0.2,0.4,1.0}'";
    private static final String QUOTE_WEIGHTS = "'{0.2,0.2,0.4,1.0}'";
    private static final String ARTICLE_COLUMNS = "a.id, a.search_vector, sec.slug as section,"
            + " sec.name as section_name, null::text as speaker, null::text as speaker_name";
    private static final String QUOTE_COLUMNS = "q.id, q.search_vector, sec.slug as section, sec.name as section_name,"
            + " sp.slug as speaker, sp.name as speaker_name";
    /** Ranked candidates (%s: their union), the page after the keyset (%s), and the facets of all candidates. */
    private static final String STATEMENT = """
            with candidates as materialized (%s), \
            page as (select type, id, score from candidates%s order by score desc, id desc limit :limit) \
            select 'hit', type, id, score, null, null, null, null, row_number() over (order by score desc, id desc) \
            from page \
            union all select 'facet', type, null, null, section, section_name, speaker, speaker_name, count(*) \
            from candidates group by type, section, section_name, speaker, speaker_name""";
    private static final String HEADLINE_OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15,"
            + " MaxFragments=2, FragmentDelimiter=\" … \"";

    private final EntityManager em;
    private final int candidates;

    public SearchRepository(EntityManager em, SearchConfig config) {
        this.em = em;
        this.candidates = config.candidates();
    }

    public record Row(String type, UUID id, BigDecimal score) {
    }

    /** A page of hits (one row more than asked) and the facets of the ranked set. */
    public record Result(List<Row> hits, SearchFacets facets) {
    }

    /**
     * Hits best first, strictly after the cursor, and their facet counts, in one statement. Up to
     * {@code lede.search.candidates} matches of each type are ranked and counted: the newest
     * articles, and the quotes the index finds first (ordering quotes by their article's date
     * would read the quotes of thousands of articles for a common word). This bounds the cost of
     * a common word, as ranking reads every candidate's vector, and keeps facets and pages over
     * the same set; {@code facets.exact} tells whether that limit was reached.
     */
    @SuppressWarnings("unchecked")
    public Result search(SearchQuery query, SearchFilter filter, Cursor after, int limit) {
        SearchSql sql = new SearchSql(query, filter);
        String keyset = "";
        if (after != null) {
            keyset = " where (score, id) < (:afterScore, :afterId)";
            sql.put("afterScore", after.decimal(0));
            sql.put("afterId", after.uuid(1));
        }
        sql.put("candidates", candidates);
        sql.put("limit", limit + 1);
        String statement = STATEMENT.formatted(union(sql, filter), keyset);
        // PostgreSQL's generic plan for "search_vector @@ websearch_to_tsquery(?)" cannot tell a common word
        // from a rare one, so it reads every match through the GIN index and sorts them all, where a common
        // word should walk the newest articles
        List<Object[]> rows = PlanCacheMode.FORCE_CUSTOM_PLAN.run(em,
                () -> sql.bind(em.createNativeQuery(statement)).getResultList());
        return result(rows);
    }

    /** The candidates of each type the filter wants, as one union. */
    private static String union(SearchSql sql, SearchFilter filter) {
        StringBuilder union = new StringBuilder();
        if (filter.wants("article")) {
            union.append(candidates("article", ARTICLE_WEIGHTS, ARTICLE_COLUMNS + SearchSql.ARTICLES + sql.articleWhere
                    + " order by a.published_at desc, a.id desc"));
        }
        if (filter.wants("quote")) {
            union.append(union.isEmpty() ? "" : " union all ");
            union.append(candidates("quote", QUOTE_WEIGHTS, QUOTE_COLUMNS + SearchSql.QUOTES + sql.quoteWhere));
        }
        return union.toString();
    }

    /** The hits in rank order and the facet counts, from the statement's rows of either kind. */
    private Result result(List<Object[]> rows) {
        List<Object[]> hits = new ArrayList<>();
        SearchFacets.Counter counter = new SearchFacets.Counter(candidates);
        for (Object[] r : rows) {
            if ("hit".equals(r[0])) {
                hits.add(r);
            } else {
                long count = ((Number) r[8]).longValue();
                counter.add((String) r[1], (String) r[4], (String) r[5], (String) r[6], (String) r[7], count);
            }
        }
        hits.sort(Comparator.comparingLong(r -> ((Number) r[8]).longValue()));
        List<Row> ranked = hits.stream().map(r -> new Row((String) r[1], (UUID) r[2], (BigDecimal) r[3])).toList();
        return new Result(ranked, counter.facets());
    }

    private static String candidates(String type, String weights, String select) {
        return "select '" + type + "'::text as type, c.id, round(ts_rank_cd(" + weights + ", c.search_vector, "
                + SearchQuery.TSQUERY
                + ")::numeric, 6) as score, c.section, c.section_name, c.speaker, c.speaker_name from (select "
                + select + " limit :candidates) c";
    }

    public static Cursor cursorOf(Row row) {
        return Cursor.of(row.score().toPlainString(), row.id());
    }

    /**
     * Highlighted extracts of these hits, by id, as HTML. The text is escaped before ts_headline
     * marks the matches (ts_headline drops anything that looks like a tag, and escaping afterwards
     * would escape the marks too), so the marks are the only markup.
     */
    public Map<UUID, String> snippets(SearchQuery query, List<UUID> articleIds, List<UUID> quoteIds) {
        Map<UUID, String> snippets = new HashMap<>();
        if (!articleIds.isEmpty()) {
            // the headline, standfirst and first matching paragraph: parsing the text is most of a snippet's cost,
            // and a paragraph holds the two fragments shown (three paragraphs cost 60 % more for a common word)
            String text = "concat_ws(' ', a.headline, a.standfirst, a.why_we_wrote_this, (select string_agg(t, ' ') "
                    + "from"
                    + " (select b ->> 'text' as t from jsonb_array_elements(a.body) b"
                    + " where to_tsvector('english', b ->> 'text') @@ " + SearchQuery.TSQUERY + " limit 1) matching))";
            collect(snippets,
                    em.createNativeQuery("select a.id, " + headline(text) + " from article a where a.id in (:ids)")
                    .setParameter("ids", articleIds).setParameter("q", query.text()));
        }
        if (!quoteIds.isEmpty()) {
            collect(snippets,
                    em.createNativeQuery("select q.id, " + headline("q.text") + " from quote q where q.id in (:ids)")
                    .setParameter("ids", quoteIds).setParameter("q", query.text()));
        }
        return snippets;
    }

    private static String headline(String text) {
        String escaped = "replace(replace(replace(replace(replace(" + text
                + ", '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '\"', '&quot;'), '''', '&#39;')";
        return "ts_headline('english', " + escaped + ", " + SearchQuery.TSQUERY + ", :options)";
    }

    @SuppressWarnings("unchecked")
    private void collect(Map<UUID, String> snippets, Query query) {
        List<Object[]> rows = query.setParameter("options", HEADLINE_OPTIONS).getResultList();
        rows.forEach(r -> snippets.put((UUID) r[0], (String) r[1]));
    }
}
