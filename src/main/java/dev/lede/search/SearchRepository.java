package dev.lede.search;

import dev.lede.common.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ranked full-text matches over published articles and visible quotes. */
@ApplicationScoped
public class SearchRepository {
    // Article weights for D, C, B, A (headline A ranks above standfirst B above body C); a quote's words count as body text.
    private static final String ARTICLE_WEIGHTS = "'{0.1,0.2,0.4,1.0}'";
    private static final String QUOTE_WEIGHTS = "'{0.2,0.2,0.4,1.0}'";
    private static final String HEADLINE_OPTIONS = "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2,"
            + " FragmentDelimiter=\" … \"";

    private final EntityManager em;
    private final int candidates;

    public SearchRepository(EntityManager em, @ConfigProperty(name = "lede.search.candidates") int candidates) {
        this.em = em;
        this.candidates = candidates;
    }

    public record Row(String type, UUID id, BigDecimal score) {
    }

    /**
     * One page of hits, best first, strictly after the cursor; one row more than asked. Only the
     * newest {@code lede.search.candidates} matches of each type are ranked, which bounds the
     * cost of a query for a common word.
     */
    @SuppressWarnings("unchecked")
    public List<Row> hits(SearchQuery query, SearchFilter filter, Cursor after, int limit) {
        SearchSql sql = new SearchSql(query, filter);
        StringBuilder union = new StringBuilder();
        if (filter.wants("article")) {
            union.append("select 'article'::text as type, c.id, round(ts_rank_cd(" + ARTICLE_WEIGHTS + ", c.search_vector, "
                    + SearchQuery.TSQUERY + ")::numeric, 6) as score from (select a.id, a.search_vector" + SearchSql.ARTICLES
                    + sql.articleWhere + " order by a.published_at desc, a.id desc limit :candidates) c");
        }
        if (filter.wants("quote")) {
            union.append(union.isEmpty() ? "" : " union all ");
            union.append("select 'quote'::text as type, c.id, round(ts_rank_cd(" + QUOTE_WEIGHTS + ", c.search_vector, "
                    + SearchQuery.TSQUERY + ")::numeric, 6) as score from (select q.id, q.search_vector" + SearchSql.QUOTES
                    + sql.quoteWhere + " order by a.published_at desc, q.id desc limit :candidates) c");
        }
        String page = "select type, id, score from (" + union + ") hits";
        if (after != null) {
            page += " where (score, id) < (:afterScore, :afterId)";
            sql.put("afterScore", after.decimal(0));
            sql.put("afterId", after.uuid(1));
        }
        sql.put("candidates", candidates);
        sql.put("limit", limit + 1);
        Query q = sql.bind(em.createNativeQuery(page + " order by score desc, id desc limit :limit"));
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new Row((String) r[0], (UUID) r[1], (BigDecimal) r[2])).toList();
    }

    public static Cursor cursorOf(Row row) {
        return Cursor.of(row.score().toPlainString(), row.id());
    }

    /** Hit counts of the whole match set by type, section and speaker. */
    @SuppressWarnings("unchecked")
    public SearchFacets facets(SearchQuery query, SearchFilter filter) {
        SearchSql sql = new SearchSql(query, filter);
        SearchFacets.Counter counter = new SearchFacets.Counter();
        if (filter.wants("article")) {
            List<Object[]> rows = sql.bind(em.createNativeQuery("select sec.slug, sec.name, count(*)" + SearchSql.ARTICLES
                    + sql.articleWhere + " group by sec.slug, sec.name")).getResultList();
            rows.forEach(r -> counter.add("article", (String) r[0], (String) r[1], null, null, ((Number) r[2]).longValue()));
        }
        if (filter.wants("quote")) {
            List<Object[]> rows = sql.bind(em.createNativeQuery("select sec.slug, sec.name, sp.slug as speaker, sp.name as speaker_name, count(*)"
                    + SearchSql.QUOTES + sql.quoteWhere + " group by sec.slug, sec.name, sp.slug, sp.name")).getResultList();
            rows.forEach(r -> counter.add("quote", (String) r[0], (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).longValue()));
        }
        return counter.facets();
    }

    /**
     * Highlighted extracts of these hits, by id, as HTML. The text is escaped before ts_headline
     * marks the matches (ts_headline drops anything that looks like a tag, and escaping afterwards
     * would escape the marks too), so the marks are the only markup.
     */
    public Map<UUID, String> snippets(SearchQuery query, List<UUID> articleIds, List<UUID> quoteIds) {
        Map<UUID, String> snippets = new HashMap<>();
        if (!articleIds.isEmpty()) {
            String text = "concat_ws(' ', a.headline, a.standfirst, a.why_we_wrote_this,"
                    + " (select string_agg(b ->> 'text', ' ') from jsonb_array_elements(a.body) b))";
            collect(snippets, em.createNativeQuery("select a.id, " + headline(text) + " from article a where a.id in (:ids)")
                    .setParameter("ids", articleIds).setParameter("q", query.text()));
        }
        if (!quoteIds.isEmpty()) {
            collect(snippets, em.createNativeQuery("select q.id, " + headline("q.text") + " from quote q where q.id in (:ids)")
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
