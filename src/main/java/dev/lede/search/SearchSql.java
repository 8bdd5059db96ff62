package dev.lede.search;

import dev.lede.fulltext.SearchQuery;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

/**
 * The SQL of a search: the match conditions for article and quote hits under a filter, with their
 * named parameters. Every value is bound; only fixed SQL text is concatenated.
 */
final class SearchSql {
    static final String ARTICLES = " from article a join section sec on sec.id = a.section_id";
    static final String QUOTES = " from quote q join article a on a.id = q.article_id join section sec on sec.id = "
            + "a.section_id"
            + " left join speaker sp on sp.id = q.speaker_id";

    final String articleWhere;
    final String quoteWhere;
    private final Map<String, Object> params = new HashMap<>();

    SearchSql(SearchQuery query, SearchFilter filter) {
        params.put("q", query.text());
        StringBuilder shared = new StringBuilder(" a.status = 'PUBLISHED'");
        // the section's id is looked up first, so the planner can walk that section's articles newest first
        // (a join on the slug hid the order and made it collect and sort every match of a common word)
        condition(shared, " and a.section_id = (select id from section where slug = :section)", "section",
                filter.section());
        condition(shared, " and exists (select 1 from article_tag atg join tag t on t.id = atg.tag_id"
                + " where atg.article_id = a.id and t.slug = :tag)", "tag", filter.tag());
        condition(shared, " and a.published_at >= :from", "from", filter.from() == null ? null
                : Timestamp.from(filter.from()));
        condition(shared, " and a.published_at < :to", "to", filter.to() == null ? null : Timestamp.from(filter.to()));
        StringBuilder articles = new StringBuilder(" where" + shared + " and "
                + SearchQuery.matches("a.search_vector"));
        StringBuilder quotes = new StringBuilder(" where" + shared + " and not q.hidden and "
                + SearchQuery.matches("q.search_vector"));
        if (filter.speaker() != null) {
            params.put("speaker", filter.speaker());
            articles.append(" and exists (select 1 from quote sq join speaker ssp on ssp.id = sq.speaker_id"
                    + " where sq.article_id = a.id and not sq.hidden and ssp.slug = :speaker)");
            quotes.append(" and sp.slug = :speaker");
        }
        articleWhere = articles.toString();
        quoteWhere = quotes.toString();
    }

    void put(String name, Object value) {
        params.put(name, value);
    }

    /** Binds the parameters this query names. */
    Query bind(Query query) {
        query.getParameters().forEach(p -> query.setParameter(p.getName(), params.get(p.getName())));
        return query;
    }

    private void condition(StringBuilder sql, String clause, String name, Object value) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value);
        }
    }
}
